package vn.khaothi.engine.infrastructure.attempt;

import java.time.Duration;
import vn.khaothi.engine.application.platform.Settings;

/**
 * How the {@link AnswerJournal} groups its commits.
 *
 * @param maxBatch      most entries in one transaction
 * @param maxDelay      how long the writer waits for more entries after the first of a batch
 *                      (0: commit whatever has queued up while the previous commit ran)
 * @param queueCapacity most entries waiting; beyond it an append fails at once (the client
 *                      keeps the answer in its local queue and resends) instead of blocking a
 *                      socket thread
 */
public record JournalSettings(int maxBatch, Duration maxDelay, int queueCapacity) {

    public JournalSettings {
        if (maxBatch < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("maxBatch and queueCapacity must be positive");
        }
        if (maxDelay == null || maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must be zero or positive: " + maxDelay);
        }
    }

    /**
     * 500 entries, no extra wait, 100,000 waiting. No wait because the group forms by itself:
     * whatever queues up while a commit is under way goes into the next one. Measured against a
     * 2 ms wait on the 2-core machine (docs/benchmarks.md, "Live tests"): as much throughput or
     * more at saturation, and a third of the ack latency at a moderate load.
     */
    public static JournalSettings defaults() {
        return new JournalSettings(500, Duration.ZERO, 100_000);
    }

    /** {@code KHAOTHI_JOURNAL_MAX_BATCH}, {@code KHAOTHI_JOURNAL_MAX_DELAY_MS}, {@code KHAOTHI_JOURNAL_QUEUE}. */
    public static JournalSettings fromEnvironment() {
        JournalSettings d = defaults();
        return new JournalSettings(
                Integer.parseInt(Settings.get("KHAOTHI_JOURNAL_MAX_BATCH", String.valueOf(d.maxBatch()))),
                Duration.ofMillis(Long.parseLong(Settings.get("KHAOTHI_JOURNAL_MAX_DELAY_MS",
                        String.valueOf(d.maxDelay().toMillis())))),
                Integer.parseInt(Settings.get("KHAOTHI_JOURNAL_QUEUE", String.valueOf(d.queueCapacity()))));
    }
}
