package vn.khaothi.engine.application.analytics;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.khaothi.itembank.application.statistics.ItemStatisticsLedger;

/**
 * What a sitting's item analysis reads (in two queries, never one per item or per attempt) and the
 * one thing it writes: each item version's figures fed back into the bank. Implemented in
 * {@code infrastructure/analytics}; a storage failure is an {@link IllegalStateException}.
 */
public interface SittingFigures {

    /** One item of one attempt. {@code state}: CORRECT, PARTIAL, WRONG, UNANSWERED, NEEDS_GRADING, GRADED. */
    record Row(long attemptId, String versionCode, long itemId, double points, String state) {
    }

    /** Item scores of the sitting's submitted (or graded) attempts, ordered by attempt, streamed to the sink. */
    void scores(long sittingId, Consumer<Row> sink);

    /** attemptId → itemId → the option ids of the attempt's latest answer to each of these choice items. */
    Map<Long, Map<Long, List<String>>> choices(long sittingId, Collection<Long> choiceItems);

    /** bank_item_version.id → its version number. */
    Map<Long, Integer> versionNumbers(Collection<Long> itemVersionIds);

    /** The subjects a person heads (subject groups) or teaches, by code. */
    Set<String> subjectsOf(String username);

    /**
     * Records the sitting's contributions in the bank's running sums, in one transaction that first
     * locks the sitting (so two analyses of one sitting are counted one at a time; the ledger is
     * idempotent per sitting). Answers how many item versions were updated.
     */
    int feedBank(long sittingId, List<ItemStatisticsLedger.Contribution> contributions, Instant at);
}
