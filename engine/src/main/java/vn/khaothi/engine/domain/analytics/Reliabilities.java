package vn.khaothi.engine.domain.analytics;

import java.util.Map;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Cronbach's α (độ tin cậy) and KR-20 of a sitting, version by version, and the SEM.
 * α = k/(k−1)·(1 − Σ var(item) / var(total)); KR-20 is α over 0/1 scores (Σ var(item) = Σ p·q up to
 * the same n/(n−1) factor as var(total), which cancels).
 */
final class Reliabilities {

    private static final double DICHOTOMY_TOLERANCE = 1e-9;

    private Reliabilities() {
    }

    static TestReport.Reliability of(ScoreSheet sheet, Map<String, int[]> forms, double[] totals, Double sd,
                                     Map<String, String> notes) {
        double alphaSum = 0;
        double kr20Sum = 0;
        int alphaWeight = 0;
        int analysedForms = 0;
        boolean allDichotomous = true;
        String reason = sheet.attemptCount() == 0 ? "NO_ATTEMPTS" : null;
        for (int[] rows : forms.values()) {
            boolean[] on = Forms.itemsOf(sheet, rows);
            int k = 0;
            for (boolean b : on) {
                k += b ? 1 : 0;
            }
            if (rows.length < 2) {
                reason = reason == null ? "TOO_FEW_ATTEMPTS" : reason;
                continue;
            }
            if (k < 2) {
                reason = reason == null ? "TOO_FEW_ITEMS" : reason;
                continue;
            }
            double[] formTotals = new double[rows.length];
            double[] counts = new double[rows.length];
            double[] column = new double[rows.length];
            double[] fractions = new double[rows.length];
            double itemVariances = 0;
            double fractionVariances = 0;
            boolean dichotomous = true;
            Variance variance = new Variance();
            for (int i = 0; i < on.length; i++) {
                if (!on[i]) {
                    continue;
                }
                double max = sheet.items().get(i).maxPoints();
                double[] points = sheet.pointsColumn(i);
                for (int j = 0; j < rows.length; j++) {
                    double p = points[rows[j]];
                    column[j] = p;
                    formTotals[j] += p;
                    double f = p / max;
                    if (Math.abs(f) > DICHOTOMY_TOLERANCE && Math.abs(f - 1) > DICHOTOMY_TOLERANCE) {
                        dichotomous = false;
                    }
                    fractions[j] = Math.round(f);
                    counts[j] += fractions[j];
                }
                itemVariances += variance.evaluate(column);
                fractionVariances += variance.evaluate(fractions);
            }
            double totalVariance = variance.evaluate(formTotals);
            if (totalVariance < TestAnalysis.ZERO) {
                reason = reason == null ? "ZERO_VARIANCE" : reason;
                continue;
            }
            double alpha = k / (k - 1.0) * (1 - itemVariances / totalVariance);
            alphaSum += alpha * rows.length;
            alphaWeight += rows.length;
            analysedForms++;
            allDichotomous &= dichotomous;
            if (dichotomous) {
                kr20Sum += k / (k - 1.0) * (1 - fractionVariances / variance.evaluate(counts)) * rows.length;
            }
        }
        if (analysedForms == 0) {
            notes.put("alpha", reason);
            notes.put("kr20", reason);
            notes.put("sem", reason);
            return new TestReport.Reliability(null, null, null, 0);
        }
        double alpha = alphaSum / alphaWeight;
        Double kr20 = allDichotomous ? kr20Sum / alphaWeight : null;
        if (kr20 == null) {
            notes.put("kr20", "NOT_DICHOTOMOUS");
        }
        Double sem = sd == null ? null : sd * Math.sqrt(Math.max(0, 1 - alpha));
        if (sem == null) {
            notes.put("sem", "TOO_FEW_ATTEMPTS");
        }
        return new TestReport.Reliability(kr20, alpha, sem, analysedForms);
    }
}
