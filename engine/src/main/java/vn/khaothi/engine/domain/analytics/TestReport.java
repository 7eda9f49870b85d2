package vn.khaothi.engine.domain.analytics;

import java.util.List;
import java.util.Map;

/**
 * The analysis of one sitting (phân tích đề và câu hỏi). Every figure that cannot be computed is
 * null, and {@code notes} (or the item's) says why with a code — never NaN.
 *
 * @param attempts     the attempts analysed
 * @param mean         mean total score (points)
 * @param sd           standard deviation of the totals (n − 1 in the denominator)
 * @param reliability  Cronbach's α, KR-20 and the standard error of measurement
 * @param distribution totals in bins one point wide
 * @param items        in position order
 * @param notes        figure → reason code for the nulls (e.g. {@code "sd":"TOO_FEW_ATTEMPTS"})
 */
public record TestReport(int attempts, Double mean, Double sd, Reliability reliability, double maxTotal,
                         List<Bin> distribution, List<ItemReport> items, Map<String, String> notes) {

    /**
     * @param kr20  KR-20 over 0/1 scores when every item was scored all-or-nothing, else null
     * @param alpha Cronbach's α over the items' points
     * @param sem   sd·√(1−α)
     * @param forms the versions whose item sets were analysed separately (α is their attempt-weighted mean)
     */
    public record Reliability(Double kr20, Double alpha, Double sem, int forms) {
    }

    /** {@code count} totals in [from, to) — the last bin also holds {@code to}. */
    public record Bin(double from, double to, int count) {
    }

    /**
     * @param responses      attempts that answered the item (a blank is not a response)
     * @param attempts       attempts whose version held the item
     * @param facility       mean fraction of the item's points earned, over {@code attempts}
     * @param discrimination the corrected item–total correlation (item against the total without it)
     */
    public record ItemReport(int position, long itemId, Integer itemVersion, String type, double maxPoints,
                             int attempts, int responses, Double facility, Double discrimination,
                             List<OptionReport> options, List<ItemFlag> flags, Map<String, String> notes) {
    }

    /**
     * @param share     choosers / attempts holding the item
     * @param meanTotal mean total score of the choosers; null when nobody chose it
     */
    public record OptionReport(String optionId, double share, boolean key, Double meanTotal) {
    }
}
