package vn.khaothi.engine.infrastructure.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.attempt.AnswerLog;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.IntegrityEvent;
import vn.khaothi.engine.domain.attempt.IntegrityEventKind;
import vn.khaothi.engine.domain.attempt.IntegrityPolicy;
import vn.khaothi.engine.domain.attempt.Severity;

/** The answer journal against a real MariaDB: durable acks, idempotency, no overwrite, group commit. */
class AnswerJournalTest {

    private static final Instant AT = Instant.parse("2026-11-23T01:05:00.123456Z");
    private static AttemptDatabase db;
    private static StepLogReader reader;

    private ControllableDataSource dataSource;
    private AnswerJournal journal;

    @BeforeAll
    static void startDatabase() throws Exception {
        db = AttemptDatabase.start("attempt-journal-data");
        reader = new StepLogReader(db.dataSource);
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void openJournal() {
        dataSource = new ControllableDataSource(db.dataSource);
    }

    @AfterEach
    void closeJournal() {
        if (journal != null) {
            assertTrue(journal.close(Duration.ofSeconds(60)), "the journal drained and stopped");
        }
    }

    private AnswerJournal journal(int maxBatch, Duration maxDelay, int capacity) {
        journal = new AnswerJournal(dataSource, new JournalSettings(maxBatch, maxDelay, capacity));
        return journal;
    }

    private static AnswerStep answer(long attempt, long item, long seq, String choice) {
        return new AnswerStep(attempt, item, seq, "{\"choice\":\"" + choice + "\"}", AT.plusMillis(seq));
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected a failed future, got " + future.join());
    }

    @Test
    void concurrentWritersLoseNothingStoreDuplicatesOnceAndAnOlderSeqNeverWins() throws Exception {
        int threads = 50;
        int answersPerThread = 100;
        int items = 10;
        List<Long> attempts = db.newAttempts(threads);
        journal(200, Duration.ofMillis(2), 100_000);
        ConcurrentLinkedQueue<AnswerStep> acked = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<CompletableFuture<JournalCommit>> all = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (long attempt : attempts) {
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < answersPerThread; i++) {
                    // Even seqs are the student's answers in order; item = i % items, answer "a<i>".
                    AnswerStep step = answer(attempt, i % items, 2L * i, "a" + i);
                    all.add(journal.append(step).thenApply(c -> { acked.add(step); return c; }));
                    if (i % 10 == 9) {
                        // A resend after a reconnect: same seq, stored once, acknowledged again.
                        AnswerStep again = answer(attempt, i % items, 2L * i, "a" + i);
                        all.add(journal.append(again).thenApply(c -> { acked.add(again); return c; }));
                    }
                }
                // Delivered late: an older seq (1) for item 0, whose latest is seq 180.
                AnswerStep late = answer(attempt, 0, 1, "late");
                all.add(journal.append(late).thenApply(c -> { acked.add(late); return c; }));
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

        int sent = threads * (answersPerThread + answersPerThread / 10 + 1);
        assertEquals(sent, all.size());
        assertEquals(sent, acked.size(), "every answer acknowledged");
        for (long attempt : attempts) {
            List<AnswerStep> stored = reader.steps(attempt);
            Set<String> keys = new HashSet<>();
            for (AnswerStep s : stored) {
                assertTrue(keys.add(s.itemId() + "/" + s.seq()), "stored once: " + s);
            }
            for (AnswerStep a : acked) {
                if (a.attemptId() == attempt) {
                    assertTrue(keys.contains(a.itemId() + "/" + a.seq()), "acked but not in the database: " + a);
                }
            }
            assertEquals(answersPerThread + 1, stored.size(), "100 answers + the late one, no duplicates");

            Map<Long, AnswerStep> current = reader.currentAnswers(attempt);
            assertEquals(items, current.size());
            for (int item = 0; item < items; item++) {
                int lastI = answersPerThread - items + item;  // the last i with i % items == item
                assertEquals("{\"choice\":\"a" + lastI + "\"}", current.get((long) item).response(), "item " + item);
                assertEquals(2L * lastI, current.get((long) item).seq());
            }
            assertEquals(current, AnswerLog.replay(attempt, stored).currentAnswers(),
                    "a replay of the stored log gives the database's current answers");
        }
        JournalStats stats = journal.stats();
        assertEquals(sent, stats.answers());
        assertEquals(0, stats.failedEntries());
        assertEquals(stats.transactions(), dataSource.commits.get(), "one commit per journal transaction");
        assertTrue(stats.transactions() < sent, "grouped: " + stats.transactions() + " transactions for " + sent);
    }

    @Test
    void groupCommitPutsEverythingThatQueuedDuringACommitIntoFewTransactions() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(100, Duration.ZERO, 10_000);
        CountDownLatch held = dataSource.holdNextCommit();
        List<CompletableFuture<JournalCommit>> acks = new ArrayList<>();
        acks.add(journal.append(answer(attempt, 1, 0, "A")));
        assertTrue(held.await(60, TimeUnit.SECONDS), "the first transaction is committing");
        for (int seq = 1; seq < 500; seq++) {
            acks.add(journal.append(answer(attempt, seq % 40, seq, "x" + seq)));
        }
        assertFalse(acks.get(0).isDone(), "no ack while its transaction has not committed");
        dataSource.releaseCommit();
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

        int commits = dataSource.commits.get();
        assertTrue(commits <= 6, "1 held + 499 in batches of at most 100: " + commits + " commits");
        assertEquals(commits, journal.stats().transactions());
        assertEquals(100, journal.stats().largestBatch());
        assertEquals(500, db.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", attempt));
        assertTrue(acks.stream().map(CompletableFuture::join).allMatch(c -> c.entries() >= 1 && c.transaction() <= commits));
    }

    @Test
    void aFailedCommitAcksNothingStoresNothingAndTheNextBatchSucceeds() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(50, Duration.ZERO, 1_000);
        CountDownLatch held = dataSource.holdNextCommit();
        List<CompletableFuture<JournalCommit>> failed = new ArrayList<>();
        failed.add(journal.append(answer(attempt, 1, 1, "A")));
        assertTrue(held.await(60, TimeUnit.SECONDS));
        for (int seq = 2; seq <= 20; seq++) {
            failed.add(journal.append(answer(attempt, seq, seq, "B")));
        }
        dataSource.failCommits = true;  // the inserts ran; the commit fails (rolled back)
        dataSource.releaseCommit();
        for (CompletableFuture<JournalCommit> f : failed) {
            JournalException e = assertInstanceOf(JournalException.class, failureOf(f));
            assertEquals(JournalException.Reason.WRITE_FAILED, e.reason());
        }
        assertEquals(0, db.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", attempt),
                "nothing of a failed transaction is stored");

        dataSource.failCommits = false;
        List<CompletableFuture<JournalCommit>> resent = new ArrayList<>();
        for (int seq = 1; seq <= 20; seq++) {
            resent.add(journal.append(answer(attempt, seq, seq, "C")));
        }
        CompletableFuture.allOf(resent.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        assertEquals(20, db.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", attempt));
        assertEquals(20, journal.stats().failedEntries());
        assertEquals(20, journal.stats().answers());
    }

    @Test
    void anUnreachableDatabaseFailsTheWholeBatchAndTheJournalStaysUsable() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(50, Duration.ZERO, 1_000);
        dataSource.refuseConnections = true;
        List<CompletableFuture<JournalCommit>> acks = new ArrayList<>();
        for (int seq = 0; seq < 10; seq++) {
            acks.add(journal.append(answer(attempt, 1, seq, "A")));
        }
        for (CompletableFuture<JournalCommit> f : acks) {
            assertInstanceOf(JournalException.class, failureOf(f));
        }
        dataSource.refuseConnections = false;
        journal.append(answer(attempt, 1, 10, "B")).get(1, TimeUnit.MINUTES);
        assertEquals(1, db.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", attempt));
        assertEquals(1, dataSource.commits.get(), "only the last transaction committed");
    }

    @Test
    void aBadEntryFailsAloneAndTheRestOfItsBatchIsAcked() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(10, Duration.ofSeconds(30), 1_000);  // waits for exactly 10 entries: one batch
        List<CompletableFuture<JournalCommit>> good = new ArrayList<>();
        for (int seq = 0; seq < 4; seq++) {
            good.add(journal.append(answer(attempt, seq, seq, "A")));
        }
        CompletableFuture<JournalCommit> notJson =
                journal.append(new AnswerStep(attempt, 9, 4, "{\"choice\": A", AT));
        CompletableFuture<JournalCommit> noSuchAttempt = journal.append(answer(Long.MAX_VALUE, 1, 1, "A"));
        for (int seq = 5; seq < 9; seq++) {
            good.add(journal.append(answer(attempt, seq, seq, "B")));
        }
        CompletableFuture.allOf(good.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        assertInstanceOf(JournalException.class, failureOf(notJson));
        assertInstanceOf(JournalException.class, failureOf(noSuchAttempt));
        assertEquals(8, db.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", attempt));
        assertEquals(2, journal.stats().failedEntries());
        assertEquals(8, journal.stats().answers());
        assertEquals(3, journal.stats().failedBatches(), "the batch of 10, then each bad entry on its own");
        assertTrue(good.stream().allMatch(f -> f.join().entries() == 1), "the good ones committed one by one");
    }

    @Test
    void closeDrainsEverythingAcceptedAndRefusesLaterEntries() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(25, Duration.ofMillis(5), 10_000);
        List<CompletableFuture<JournalCommit>> acks = new ArrayList<>();
        for (int seq = 0; seq < 300; seq++) {
            acks.add(journal.append(answer(attempt, seq % 30, seq, "x")));
        }
        assertTrue(journal.close(Duration.ofMinutes(2)));
        for (CompletableFuture<JournalCommit> f : acks) {
            assertTrue(f.isDone() && !f.isCompletedExceptionally(), "drained before close returned");
        }
        assertEquals(300, db.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", attempt));
        JournalException late = assertInstanceOf(JournalException.class,
                failureOf(journal.append(answer(attempt, 1, 999, "late"))));
        assertEquals(JournalException.Reason.CLOSED, late.reason());
    }

    @Test
    void aFullJournalRefusesAtOnceInsteadOfBlocking() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(10, Duration.ZERO, 5);
        CountDownLatch held = dataSource.holdNextCommit();
        CompletableFuture<JournalCommit> first = journal.append(answer(attempt, 1, 0, "A"));
        assertTrue(held.await(60, TimeUnit.SECONDS));
        List<CompletableFuture<JournalCommit>> queued = new ArrayList<>();
        for (int seq = 1; seq <= 5; seq++) {
            queued.add(journal.append(answer(attempt, 1, seq, "A")));
        }
        JournalException full = assertInstanceOf(JournalException.class,
                failureOf(journal.append(answer(attempt, 1, 6, "A"))));
        assertEquals(JournalException.Reason.FULL, full.reason());
        dataSource.releaseCommit();
        first.get(1, TimeUnit.MINUTES);
        CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        assertEquals(6, db.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ?", attempt));
    }

    @Test
    void integrityEventsAreJournalledWithTheirSeverityAndAResentEventIsStoredOnce() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(50, Duration.ZERO, 1_000);
        IntegrityPolicy policy = IntegrityPolicy.standard();
        Instant occurred = Instant.parse("2026-11-23T01:06:07.890Z");
        IntegrityEvent paste = IntegrityEvent.of(attempt, IntegrityEventKind.PASTE, occurred, AT, policy);
        IntegrityEvent focus = IntegrityEvent.of(attempt, IntegrityEventKind.FOCUS_LOST, occurred.plusSeconds(1), AT, policy);
        CompletableFuture.allOf(journal.record(paste), journal.record(focus), journal.record(paste),
                journal.append(answer(attempt, 1, 0, "A"))).get(1, TimeUnit.MINUTES);
        assertEquals(List.of(paste, focus), reader.events(attempt));
        assertEquals(Severity.HIGH, reader.events(attempt).get(0).severity());
        assertEquals(3, journal.stats().events(), "all three acknowledged");
    }

    @Test
    void anEssayInVietnameseComesBackExactly() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(50, Duration.ZERO, 1_000);
        String essay = "{\"text\":\"Căn bậc hai của 0,25 là 0,5 — đúng không? 😊 \\\"trích dẫn\\\"\\n" + "Đường tròn. ".repeat(2_000) + "\"}";
        journal.append(new AnswerStep(attempt, 42, 1, essay, AT)).get(1, TimeUnit.MINUTES);
        assertEquals(essay, reader.currentAnswers(attempt).get(42L).response());
    }

    @Test
    void theDatabaseKeepsTheFirstCopyOfAReusedSeqAndTheHighestSeqIsCurrent() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        journal(50, Duration.ZERO, 1_000);
        journal.append(answer(attempt, 5, 7, "B")).get(1, TimeUnit.MINUTES);
        journal.append(answer(attempt, 5, 7, "D")).get(1, TimeUnit.MINUTES);  // acked, not stored
        journal.append(answer(attempt, 5, 3, "A")).get(1, TimeUnit.MINUTES);  // older: kept, not current
        assertEquals("{\"choice\":\"B\"}", reader.currentAnswers(attempt).get(5L).response());
        assertEquals(List.of(7L, 3L), reader.steps(attempt).stream().map(AnswerStep::seq).toList());
        assertEquals(AT.plusMillis(7), reader.steps(attempt).get(0).receivedAt(), "microsecond UTC round trip");
    }
}
