package vn.khaothi.engine.infrastructure.attempt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import vn.khaothi.engine.domain.attempt.AnswerStep;

/**
 * The answer journal ALONE (no sockets) against the embedded MariaDB, against a baseline of one
 * transaction per answer in the same run, on the same pool.
 * <ol>
 *   <li>closed loop: {@code clients} threads each send an answer and wait for its ack before the
 *       next — the saturation throughput and the ack latency at that load;</li>
 *   <li>open loop: answers arrive at a fixed rate whatever the acks do — the ack latency at a
 *       given load (2,000 students answering every 20 s are 100 answers/s).</li>
 * </ol>
 * Run: {@code ./mvnw -q -B -pl engine -Pbench verify} (arguments: students, closed-loop answers,
 * clients, open-loop rate per s, open-loop seconds). Figures: docs/benchmarks.md, "Live tests".
 */
public final class AnswerJournalBenchmark {

    private static final AtomicLong SEQ = new AtomicLong();

    private AnswerJournalBenchmark() {
    }

    /** How one answer is made durable; completes when it is (the ack). */
    private interface Writer {
        CompletableFuture<?> write(AnswerStep step);
    }

    public static void main(String[] args) throws Exception {
        int students = arg(args, 0, 2000);
        int closedAnswers = arg(args, 1, 20_000);
        int clients = arg(args, 2, 200);
        int rate = arg(args, 3, 1000);
        int seconds = arg(args, 4, 10);
        try (AttemptDatabase db = AttemptDatabase.start("attempt-bench-data", 32)) {
            List<Long> attempts = db.newAttempts(students);
            DataSource ds = db.dataSource;
            ExecutorService perAnswerPool = Executors.newFixedThreadPool(64);
            Writer baseline = step -> CompletableFuture.runAsync(() -> insertOne(ds, step), perAnswerPool);
            System.out.printf(Locale.ROOT, "%d students, closed loop: %d answers by %d clients; open loop: %d answers/s for %d s%n",
                    students, closedAnswers, clients, rate, seconds);
            try {
                closedLoop("warm-up per-answer", baseline, attempts, 2_000, clients);
                for (Duration delay : List.of(Duration.ofMillis(2), Duration.ZERO)) {
                    JournalSettings settings = new JournalSettings(JournalSettings.defaults().maxBatch(), delay,
                            JournalSettings.defaults().queueCapacity());
                    try (AnswerJournal journal = new AnswerJournal(ds, settings)) {
                        Writer grouped = journal::append;
                        String label = "journal maxDelay " + delay.toMillis() + " ms";
                        closedLoop("warm-up " + label, grouped, attempts, 2_000, clients);
                        closedLoop("closed loop, " + label, grouped, attempts, closedAnswers, clients);
                        openLoop("open loop, " + label, grouped, attempts, rate, seconds);
                        JournalStats stats = journal.stats();
                        System.out.printf(Locale.ROOT, "  %s: %d answers in %d transactions (%.1f per transaction, largest %d), %d failed%n",
                                label, stats.answers(), stats.transactions(), stats.answers() / (double) stats.transactions(),
                                stats.largestBatch(), stats.failedEntries());
                    }
                }
                closedLoop("closed loop, one transaction per answer", baseline, attempts, closedAnswers / 4, clients);
                openLoop("open loop, one transaction per answer", baseline, attempts, rate, seconds);
                System.out.printf(Locale.ROOT, "rows in attempt_step: %d (answers sent: %d)%n",
                        db.count("SELECT COUNT(*) FROM attempt_step"), SEQ.get());
            } finally {
                perAnswerPool.shutdownNow();
            }
        }
    }

    private static void insertOne(DataSource ds, AnswerStep s) {
        try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement(AnswerJournal.INSERT_STEP)) {
            c.setAutoCommit(true);  // one transaction per answer
            p.setLong(1, s.attemptId());
            p.setLong(2, s.itemId());
            p.setLong(3, s.seq());
            p.setString(4, s.response());
            p.setObject(5, AnswerJournal.utc(s.receivedAt()));
            p.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AnswerStep next(List<Long> attempts) {
        long seq = SEQ.incrementAndGet();
        long attempt = attempts.get((int) (seq % attempts.size()));
        return new AnswerStep(attempt, seq % 40, seq, "{\"choice\":\"opt-" + (seq % 4) + "\"}", Instant.now());
    }

    private static void closedLoop(String name, Writer writer, List<Long> attempts, int answers, int clients)
            throws InterruptedException {
        long[] latencies = new long[answers];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                for (int i = next.getAndIncrement(); i < answers; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        writer.write(next(attempts)).join();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                done.countDown();
            }, "bench-client-" + c).start();
        }
        done.await();
        report(name, latencies, answers, System.nanoTime() - start, failed.get());
    }

    private static void openLoop(String name, Writer writer, List<Long> attempts, int rate, int seconds)
            throws InterruptedException {
        int answers = rate * seconds;
        long[] latencies = new long[answers];
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(answers);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            // Catch up to the schedule: answers due by now are sent now, stamped with when they were due.
            long due = (System.nanoTime() - start) / periodNanos + 1;
            for (int i = sent.get(); i < Math.min(due, answers); i = sent.incrementAndGet()) {
                int index = i;
                long dueAt = start + index * periodNanos;
                writer.write(next(attempts)).whenComplete((ok, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                    }
                    latencies[index] = System.nanoTime() - dueAt;
                    done.countDown();
                });
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        done.await(seconds * 6L, TimeUnit.SECONDS);
        clock.shutdownNow();
        report(name, latencies, answers - (int) done.getCount(), System.nanoTime() - start, failed.get());
    }

    private static void report(String name, long[] latencies, int count, long elapsedNanos, int failed) {
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-42s %7d answers %8.0f answers/s  ack p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.1f ms  failed %d%n",
                name, count, count / (elapsedNanos / 1e9), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, failed);
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
