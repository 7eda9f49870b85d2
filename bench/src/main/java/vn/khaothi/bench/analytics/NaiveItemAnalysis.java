package vn.khaothi.bench.analytics;

import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import vn.khaothi.engine.domain.analytics.ItemSpec;

/**
 * The baseline: what a straightforward implementation does (and what Moodle's per-question loop
 * amounts to) — for every item, walk every attempt, recompute that attempt's total from all its
 * items, look its choices up by text, then correlate. O(attempts × items²). Same figures as ours.
 */
final class NaiveItemAnalysis {

    private NaiveItemAnalysis() {
    }

    /** Returns a checksum of the figures so that the JIT cannot drop the work. */
    static double analyse(SyntheticSitting s) {
        int n = s.attempts;
        int k = s.items.size();
        double checksum = 0;
        double itemVariances = 0;
        Variance variance = new Variance();
        for (int i = 0; i < k; i++) {
            ItemSpec spec = s.items.get(i);
            double[] x = new double[n];
            double[] rest = new double[n];
            double[] totals = new double[n];
            for (int a = 0; a < n; a++) {
                double total = 0;
                for (int j = 0; j < k; j++) {
                    total += s.points[a * k + j];
                }
                totals[a] = total;
                x[a] = s.points[a * k + i];
                rest[a] = total - x[a];
            }
            double facility = 0;
            for (double v : x) {
                facility += v;
            }
            facility /= n * spec.maxPoints();
            checksum += facility + new PearsonsCorrelation().correlation(x, rest);
            itemVariances += variance.evaluate(x);
            List<String> options = spec.optionIds();
            for (String option : options) {
                int choosers = 0;
                double sum = 0;
                for (int a = 0; a < n; a++) {
                    for (String c : s.chosen[a * k + i]) {
                        if (c.equals(option)) {
                            choosers++;
                            sum += totals[a];
                        }
                    }
                }
                checksum += choosers + (choosers == 0 ? 0 : sum / choosers);
            }
            if (i == k - 1) {
                checksum += k / (k - 1.0) * (1 - itemVariances / variance.evaluate(totals));
            }
        }
        return checksum;
    }
}
