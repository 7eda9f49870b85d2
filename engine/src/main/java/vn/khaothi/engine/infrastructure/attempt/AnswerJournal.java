package vn.khaothi.engine.infrastructure.attempt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.AttemptJournal;
import vn.khaothi.engine.domain.attempt.IntegrityEvent;

/**
 * The durable journal of answer steps and integrity events, with group commit: entries from any
 * number of threads queue up, and one writer thread puts everything that has queued up (at most
 * {@link JournalSettings#maxBatch()}, waiting at most {@link JournalSettings#maxDelay()} after the
 * first) into ONE JDBC transaction. Each entry's future completes only after that transaction
 * committed — the acknowledgement a socket may send — and fails if it did not (never an ack for
 * an answer that is not durable).
 *
 * <p>Rules held by the database: the unique (attempt, item, seq) with a no-op
 * {@code ON DUPLICATE KEY UPDATE} stores a resent answer once (the first copy) and still
 * acknowledges it; rows are only ever inserted; the current answer is
 * the highest seq ({@link StepLogReader}), so an older seq stored later never wins.
 *
 * <p>Failures: a transaction that fails because of its data (SQLState class 22 or 23: a missing
 * attempt, invalid JSON) is retried one entry per transaction, so one bad entry fails alone and
 * the others are acknowledged. Any other failure (database unreachable) fails the whole batch at
 * once. Either way the writer goes on with the next batch.
 *
 * <p>Futures complete on the writer thread: what a caller chains onto them must not block (send
 * the ack with the WebSocket's async remote, or chain with {@code ...Async}).
 */
public final class AnswerJournal implements AttemptJournal, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AnswerJournal.class.getName());
    /*
     * Not INSERT IGNORE: IGNORE also turns a foreign-key or CHECK failure (an unknown attempt,
     * invalid JSON) into a warning, and the answer would be acknowledged without being stored.
     * "ON DUPLICATE KEY UPDATE id = id" ignores the duplicate key only, and changes nothing in
     * the stored row (the first copy stays; 0 rows affected).
     */
    static final String INSERT_STEP = "INSERT INTO attempt_step (attempt_id, item_id, seq, response, received_at)"
            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id";
    static final String INSERT_EVENT = "INSERT INTO attempt_event (attempt_id, kind, severity, occurred_at,"
            + " received_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id";

    private final DataSource dataSource;
    private final JournalSettings settings;
    private final BlockingQueue<Pending> queue;
    private final Thread writer;
    /** Appends hold it shared, close() exclusively: no entry slips in after the final drain. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private volatile boolean closed;

    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private final AtomicLong failedEntries = new AtomicLong();
    private final AtomicInteger largestBatch = new AtomicInteger();

    private record Pending(Object entry, CompletableFuture<JournalCommit> ack) {
    }

    public AnswerJournal(DataSource dataSource, JournalSettings settings) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.writer = new Thread(this::run, "khaothi-answer-journal");
        this.writer.start();
    }

    /** Queues an answer; the future completes once it is committed (the ack), or fails. */
    @Override
    public CompletableFuture<JournalCommit> append(AnswerStep step) {
        return enqueue(Objects.requireNonNull(step, "step"));
    }

    /** Queues an integrity event, committed in the same transactions as the answers. */
    @Override
    public CompletableFuture<JournalCommit> record(IntegrityEvent event) {
        return enqueue(Objects.requireNonNull(event, "event"));
    }

    private CompletableFuture<JournalCommit> enqueue(Object entry) {
        CompletableFuture<JournalCommit> ack = new CompletableFuture<>();
        gate.readLock().lock();
        try {
            if (closed) {
                ack.completeExceptionally(new JournalException(JournalException.Reason.CLOSED,
                        "the answer journal is closed", null));
            } else if (!queue.offer(new Pending(entry, ack))) {
                failedEntries.incrementAndGet();
                ack.completeExceptionally(new JournalException(JournalException.Reason.FULL,
                        "the answer journal is full (" + settings.queueCapacity() + " waiting)", null));
            }
        } finally {
            gate.readLock().unlock();
        }
        return ack;
    }

    /** Entries waiting for a transaction. */
    public int pending() {
        return queue.size();
    }

    public JournalStats stats() {
        return new JournalStats(transactions.get(), answers.get(), events.get(), failedBatches.get(),
                failedEntries.get(), largestBatch.get());
    }

    /**
     * Stops accepting entries, commits everything already accepted, and stops the writer. Every
     * future returned before is complete when this returns (unless the wait ran out, then false).
     */
    public boolean close(Duration wait) {
        gate.writeLock().lock();
        try {
            closed = true;
        } finally {
            gate.writeLock().unlock();
        }
        try {
            writer.join(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !writer.isAlive();
    }

    @Override
    public void close() {
        if (!close(Duration.ofSeconds(30))) {
            LOG.warning("The answer journal did not drain within 30 s; " + queue.size() + " entries left");
        }
    }

    // ---- the writer --------------------------------------------------------------------------

    private void run() {
        List<Pending> batch = new ArrayList<>(settings.maxBatch());
        while (true) {
            Pending first;
            try {
                first = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Only close() ends the writer; an interrupt must not drop accepted entries.
                continue;
            }
            if (first == null) {
                if (closed && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            batch.add(first);
            collect(batch);
            write(batch);
            batch.clear();
        }
    }

    /** Fills the batch: whatever is waiting, then more until maxDelay after the first or maxBatch. */
    private void collect(List<Pending> batch) {
        int max = settings.maxBatch();
        queue.drainTo(batch, max - batch.size());
        long until = System.nanoTime() + settings.maxDelay().toNanos();
        while (batch.size() < max && !closed) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Pending next;
            try {
                next = queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (next == null) {
                break;
            }
            batch.add(next);
            queue.drainTo(batch, max - batch.size());
        }
    }

    private void write(List<Pending> batch) {
        try {
            commit(batch);
            return;
        } catch (SQLException | RuntimeException e) {
            failedBatches.incrementAndGet();
            if (batch.size() == 1 || !causedByData(e)) {
                LOG.log(Level.WARNING, "A journal transaction of " + batch.size() + " entries failed; none acknowledged", e);
                failAll(batch, e);
                return;
            }
            LOG.log(Level.WARNING, "A journal transaction of " + batch.size()
                    + " entries failed on its data; retrying them one by one", e);
        }
        for (Pending one : batch) {
            try {
                commit(List.of(one));
            } catch (SQLException | RuntimeException e) {
                failedBatches.incrementAndGet();
                failAll(List.of(one), e);
            }
        }
    }

    private void commit(List<Pending> batch) throws SQLException {
        int stepCount = 0;
        int eventCount = 0;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement steps = c.prepareStatement(INSERT_STEP);
                 PreparedStatement evts = c.prepareStatement(INSERT_EVENT)) {
                for (Pending p : batch) {
                    if (p.entry() instanceof AnswerStep s) {
                        steps.setLong(1, s.attemptId());
                        steps.setLong(2, s.itemId());
                        steps.setLong(3, s.seq());
                        steps.setString(4, s.response());
                        steps.setObject(5, utc(s.receivedAt()));
                        steps.addBatch();
                        stepCount++;
                    } else if (p.entry() instanceof IntegrityEvent e) {
                        evts.setLong(1, e.attemptId());
                        evts.setString(2, e.kind().name());
                        evts.setString(3, e.severity().name());
                        evts.setObject(4, utc(e.occurredAt()));
                        evts.setObject(5, utc(e.receivedAt()));
                        evts.addBatch();
                        eventCount++;
                    }
                }
                if (stepCount > 0) {
                    steps.executeBatch();
                }
                if (eventCount > 0) {
                    evts.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(autoCommit);
                } catch (SQLException ignored) {
                    // The pool validates or discards a broken connection.
                }
            }
        }
        long tx = transactions.incrementAndGet();
        answers.addAndGet(stepCount);
        events.addAndGet(eventCount);
        largestBatch.accumulateAndGet(batch.size(), Math::max);
        JournalCommit receipt = new JournalCommit(tx, batch.size());
        for (Pending p : batch) {
            p.ack().complete(receipt);
        }
    }

    private void failAll(List<Pending> batch, Throwable cause) {
        failedEntries.addAndGet(batch.size());
        JournalException failure = new JournalException(JournalException.Reason.WRITE_FAILED,
                "not durable: " + cause.getMessage(), cause);
        for (Pending p : batch) {
            p.ack().completeExceptionally(failure);
        }
    }

    /** SQLState class 22 (data exception) or 23 (integrity constraint): the rows, not the database. */
    static boolean causedByData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
