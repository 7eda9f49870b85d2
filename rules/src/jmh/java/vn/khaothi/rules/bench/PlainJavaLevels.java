package vn.khaothi.rules.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the same TT22 Art. 9.2 thresholds and Art. 9.3 raise as learning-result.drl,
 * hand-written in Java. It lives only in the benchmark sources, on purpose: the product asks
 * the rules, it never re-implements them (architecture.md).
 */
final class PlainJavaLevels {

    private static final BigDecimal B3_5 = new BigDecimal("3.5");
    private static final BigDecimal B5_0 = new BigDecimal("5.0");
    private static final BigDecimal B6_5 = new BigDecimal("6.5");
    private static final BigDecimal B8_0 = new BigDecimal("8.0");

    private PlainJavaLevels() {
    }

    /** Returns the final level rank: 3 TOT, 2 KHA, 1 DAT, 0 CHUA_DAT. */
    static int level(List<BigDecimal> scored, int passed, int failed) {
        int computed = computed(scored, failed);
        if (computed >= 2) {
            return computed;
        }
        int best = computed;
        if (!scored.isEmpty()) {
            List<BigDecimal> others = new ArrayList<>(scored);
            int lowest = 0;
            for (int i = 1; i < others.size(); i++) {
                if (others.get(i).compareTo(others.get(lowest)) < 0) {
                    lowest = i;
                }
            }
            // Art. 9.3 as the rules read it (docs/regulations-mapping.md): the weak subject is set aside
            others.remove(lowest);
            best = Math.max(best, computed(others, failed));
        }
        if (failed > 0) {
            best = Math.max(best, computed(scored, failed - 1));
        }
        return best - computed >= 2 ? computed + 1 : computed;
    }

    private static int computed(List<BigDecimal> scored, int failed) {
        BigDecimal lowest = BigDecimal.TEN;
        int atLeast8 = 0;
        int atLeast65 = 0;
        int atLeast5 = 0;
        for (BigDecimal s : scored) {
            if (s.compareTo(lowest) < 0) {
                lowest = s;
            }
            if (s.compareTo(B8_0) >= 0) {
                atLeast8++;
            }
            if (s.compareTo(B6_5) >= 0) {
                atLeast65++;
            }
            if (s.compareTo(B5_0) >= 0) {
                atLeast5++;
            }
        }
        if (failed == 0 && lowest.compareTo(B6_5) >= 0 && atLeast8 >= 6) {
            return 3;
        }
        if (failed == 0 && lowest.compareTo(B5_0) >= 0 && atLeast65 >= 6) {
            return 2;
        }
        if (failed <= 1 && lowest.compareTo(B3_5) >= 0 && atLeast5 >= 6) {
            return 1;
        }
        return 0;
    }
}
