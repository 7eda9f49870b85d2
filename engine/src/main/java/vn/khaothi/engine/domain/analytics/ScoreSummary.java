package vn.khaothi.engine.domain.analytics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Mean, spread, five-number summary (for a box plot) and a one-point distribution of 0–10 scores
 * (điểm trung bình môn), from Commons Math. Quartiles use Commons Math's default percentile
 * estimate; undefined figures are null.
 */
public record ScoreSummary(int n, Double mean, Double sd, Double min, Double q1, Double median, Double q3, Double max,
                           List<Integer> distribution) {

    /** Bins [0,1), [1,2) … [9,10]: ten of them, the last closed. */
    public static ScoreSummary of(List<Double> scores) {
        DescriptiveStatistics d = new DescriptiveStatistics();
        int[] bins = new int[10];
        for (Double s : scores) {
            if (s == null) {
                continue;
            }
            d.addValue(s);
            bins[Math.max(0, Math.min(9, (int) Math.floor(s + 1e-9)))]++;
        }
        List<Integer> distribution = new ArrayList<>(10);
        for (int b : bins) {
            distribution.add(b);
        }
        int n = (int) d.getN();
        if (n == 0) {
            return new ScoreSummary(0, null, null, null, null, null, null, null, distribution);
        }
        return new ScoreSummary(n, d.getMean(), n < 2 ? null : d.getStandardDeviation(), d.getMin(), d.getPercentile(25),
                d.getPercentile(50), d.getPercentile(75), d.getMax(), distribution);
    }
}
