package vn.khaothi.engine.infrastructure.attempt;

/**
 * Counters since the journal started (for metrics and tests).
 *
 * @param transactions   committed transactions
 * @param answers        answer steps committed (a resent duplicate counts: it was acknowledged)
 * @param events         integrity events committed
 * @param failedBatches  transactions that failed (then retried one by one if the data was to blame)
 * @param failedEntries  entries whose future failed (never acknowledged)
 * @param largestBatch   the most entries one transaction carried
 */
public record JournalStats(long transactions, long answers, long events, long failedBatches, long failedEntries,
                           int largestBatch) {
}
