package vn.khaothi.engine.domain.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Classical test and item analysis of one sitting (phân tích đề kiểm tra theo lý thuyết khảo thí cổ
 * điển), a pure function of a {@link ScoreSheet}: no container, no database, no clock.
 *
 * <ul>
 *   <li>totals: mean, standard deviation (n − 1), a one-point-wide distribution;</li>
 *   <li>reliability: Cronbach's α = k/(k−1)·(1 − Σ var(item) / var(total)) over the items' points;
 *       KR-20 is the same formula over 0/1 scores and is given only when every item was scored
 *       all-or-nothing; SEM = sd·√(1−α). Parallel versions (mã đề with different items) are
 *       analysed version by version and α is their attempt-weighted mean;</li>
 *   <li>per item: facility = mean fraction of its points over the attempts whose version held it;
 *       discrimination = the corrected item–total correlation, Pearson's r of the item's points
 *       against the total <em>without</em> the item (so the item does not correlate with itself);
 *       per option the share of choosers and their mean total; flags per {@link FlagThresholds}.</li>
 * </ul>
 * Variances and correlations come from Apache Commons Math. A figure that is undefined (one
 * attempt, zero variance, an item nobody answered) is null with a reason code, never NaN.
 */
public final class TestAnalysis {

    /** A variance below this is zero: scores are multiples of 0.0001 points, so real spreads are far above it. */
    static final double ZERO = 1e-12;

    private TestAnalysis() {
    }

    public static TestReport analyse(ScoreSheet sheet) {
        int n = sheet.attemptCount();
        int k = sheet.itemCount();
        double[] totals = new double[n];
        for (int i = 0; i < k; i++) {
            double[] column = sheet.pointsColumn(i);
            for (int r = 0; r < n; r++) {
                double p = column[r];
                if (!Double.isNaN(p)) {
                    totals[r] += p;
                }
            }
        }
        Map<String, String> notes = new LinkedHashMap<>();
        Double mean = null;
        Double sd = null;
        if (n == 0) {
            notes.put("mean", "NO_ATTEMPTS");
        } else {
            mean = new Mean().evaluate(totals);
        }
        if (n < 2) {
            notes.put("sd", n == 0 ? "NO_ATTEMPTS" : "TOO_FEW_ATTEMPTS");
        } else {
            sd = new StandardDeviation().evaluate(totals);
        }
        Map<String, int[]> forms = Forms.of(sheet);
        double maxTotal = Forms.maxTotal(sheet, forms);
        TestReport.Reliability reliability = Reliabilities.of(sheet, forms, totals, sd, notes);
        List<TestReport.ItemReport> items = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            items.add(item(sheet, i, totals));
        }
        items.sort((a, b) -> a.position() != b.position() ? Integer.compare(a.position(), b.position())
                : Long.compare(a.itemId(), b.itemId()));
        return new TestReport(n, mean, sd, reliability, maxTotal, distribution(totals, maxTotal), items, notes);
    }

    static List<TestReport.Bin> distribution(double[] totals, double maxTotal) {
        int bins = Math.max(1, (int) Math.ceil(maxTotal - ZERO));
        int[] counts = new int[bins];
        for (double t : totals) {
            counts[Math.max(0, Math.min(bins - 1, (int) Math.floor(t + ZERO)))]++;
        }
        List<TestReport.Bin> out = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            out.add(new TestReport.Bin(b, b + 1, counts[b]));
        }
        return out;
    }

    private static TestReport.ItemReport item(ScoreSheet sheet, int i, double[] totals) {
        ItemSpec spec = sheet.items().get(i);
        int n = sheet.attemptCount();
        double[] x = new double[n];
        double[] rest = new double[n];
        double[] chooserTotals = new double[spec.optionIds().size()];
        int[] choosers = new int[spec.optionIds().size()];
        int m = 0;
        int responses = 0;
        double[] points = sheet.pointsColumn(i);
        boolean[] answered = sheet.answeredColumn(i);
        int[] chosen = sheet.choicesColumn(i);
        for (int r = 0; r < n; r++) {
            double p = points[r];
            if (Double.isNaN(p)) {
                continue;
            }
            x[m] = p;
            rest[m] = totals[r] - p;
            m++;
            if (answered[r]) {
                responses++;
            }
            int mask = chosen[r];
            for (int o = 0; mask != 0 && o < choosers.length; o++, mask >>>= 1) {
                if ((mask & 1) != 0) {
                    choosers[o]++;
                    chooserTotals[o] += totals[r];
                }
            }
        }
        x = Arrays.copyOf(x, m);
        rest = Arrays.copyOf(rest, m);
        Map<String, String> notes = new LinkedHashMap<>();
        Double facility = null;
        if (m == 0) {
            notes.put("facility", "NOT_ON_ANY_VERSION");
        } else if (responses == 0) {
            notes.put("facility", "NO_RESPONSES");
        } else {
            facility = new Mean().evaluate(x) / spec.maxPoints();
        }
        Double discrimination = discrimination(x, rest, responses, notes);
        List<TestReport.OptionReport> options = new ArrayList<>(choosers.length);
        for (int o = 0; o < choosers.length; o++) {
            String id = spec.optionIds().get(o);
            Double meanTotal = choosers[o] == 0 ? null : chooserTotals[o] / choosers[o];
            if (meanTotal == null) {
                notes.put("options." + id + ".meanTotal", "NO_CHOOSERS");
            }
            options.add(new TestReport.OptionReport(id, m == 0 ? 0 : (double) choosers[o] / m,
                    spec.keyIds().contains(id), meanTotal));
        }
        List<ItemFlag> flags = flags(responses, facility, discrimination, options);
        return new TestReport.ItemReport(spec.position(), spec.itemId(), spec.itemVersion(), spec.type(),
                spec.maxPoints(), m, responses, facility, discrimination, options, flags, notes);
    }

    private static Double discrimination(double[] x, double[] rest, int responses, Map<String, String> notes) {
        if (x.length < 2) {
            notes.put("discrimination", x.length == 0 ? "NOT_ON_ANY_VERSION" : "TOO_FEW_ATTEMPTS");
            return null;
        }
        if (responses == 0) {
            notes.put("discrimination", "NO_RESPONSES");
            return null;
        }
        Variance variance = new Variance();
        if (variance.evaluate(x) < ZERO) {
            notes.put("discrimination", "ZERO_VARIANCE_ITEM");
            return null;
        }
        if (variance.evaluate(rest) < ZERO) {
            notes.put("discrimination", "ZERO_VARIANCE_REST");
            return null;
        }
        return new PearsonsCorrelation().correlation(x, rest);
    }

    static List<ItemFlag> flags(int responses, Double facility, Double discrimination,
                                List<TestReport.OptionReport> options) {
        List<ItemFlag> flags = new ArrayList<>();
        if (responses < FlagThresholds.MIN_RESPONSES_FOR_FLAGS) {
            return flags;
        }
        if (discrimination != null && discrimination < FlagThresholds.NEGATIVE_DISCRIMINATION_BELOW) {
            flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
        } else if (discrimination != null && discrimination < FlagThresholds.LOW_DISCRIMINATION_BELOW) {
            flags.add(ItemFlag.LOW_DISCRIMINATION);
        }
        if (facility != null && facility > FlagThresholds.TOO_EASY_ABOVE) {
            flags.add(ItemFlag.TOO_EASY);
        } else if (facility != null && facility < FlagThresholds.TOO_HARD_BELOW) {
            flags.add(ItemFlag.TOO_HARD);
        }
        if (options.stream().anyMatch(o -> !o.key() && o.share() < FlagThresholds.DISTRACTOR_MIN_SHARE)) {
            flags.add(ItemFlag.NON_FUNCTIONING_DISTRACTOR);
        }
        return flags;
    }
}
