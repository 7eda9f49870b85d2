package vn.khaothi.itembank.domain.statistics;

import java.time.Instant;

/**
 * What an item version did in the sittings that used it (thống kê câu hỏi), as the bank shows it
 * and the paper assembler balances on.
 *
 * @param responses      attempts whose version held the item, over all its sittings
 * @param facility       response-weighted mean facility (share of the item's points earned); null when none
 * @param discrimination response-weighted mean corrected item–total correlation; null when never defined
 * @param sittings       how many sittings contributed
 * @param updatedAt      the last contribution
 */
public record ItemStatistics(int responses, Double facility, Double discrimination, int sittings, Instant updatedAt) {
}
