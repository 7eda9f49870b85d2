package vn.khaothi.engine.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The analysis against a straightforward reference written here from the textbook formulas (two-pass
 * means and sums of squares, no library), on random sittings with partial credit, blanks, option
 * choices and two parallel versions holding different items.
 */
class TestAnalysisReferenceTest {

    private static final double EPS = 1e-9;

    @Test
    void matchesTheReferenceOnRandomSittings() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Fixture f = Fixture.random(random, 20 + random.nextInt(200), 3 + random.nextInt(12), seed % 2 == 0);
            TestReport report = TestAnalysis.analyse(f.sheet);
            Reference ref = new Reference(f);
            assertEquals(ref.mean(), report.mean(), EPS, "mean, seed " + seed);
            assertEquals(ref.sd(), report.sd(), EPS, "sd, seed " + seed);
            assertEquals(ref.alpha(), report.reliability().alpha(), EPS, "alpha, seed " + seed);
            assertEquals(ref.sd() * Math.sqrt(1 - ref.alpha()), report.reliability().sem(), EPS);
            Map<Long, TestReport.ItemReport> byId = new LinkedHashMap<>();
            report.items().forEach(i -> byId.put(i.itemId(), i));
            for (int i = 0; i < f.items.size(); i++) {
                TestReport.ItemReport item = byId.get(f.items.get(i).itemId());
                assertEquals(ref.facility(i), item.facility(), EPS, "facility " + i + ", seed " + seed);
                assertEquals(ref.restCorrelation(i), item.discrimination(), 1e-9, "discrimination " + i + ", seed " + seed);
                for (int o = 0; o < f.items.get(i).optionIds().size(); o++) {
                    assertEquals(ref.share(i, o), item.options().get(o).share(), EPS);
                    Double meanTotal = ref.chooserMean(i, o);
                    if (meanTotal == null) {
                        assertEquals(null, item.options().get(o).meanTotal());
                    } else {
                        assertEquals(meanTotal, item.options().get(o).meanTotal(), EPS);
                    }
                }
                assertEquals(ref.flags(i), Set.copyOf(item.flags()), "flags " + i + ", seed " + seed);
            }
        }
    }

    @Test
    void theRandomSittingsDoRaiseEveryFlagSomewhere() {
        // The comparison above would prove little if no item were ever flagged.
        Set<ItemFlag> seen = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Fixture f = Fixture.random(random, 20 + random.nextInt(200), 3 + random.nextInt(12), seed % 2 == 0);
            TestAnalysis.analyse(f.sheet).items().forEach(i -> seen.addAll(i.flags()));
        }
        assertEquals(Set.of(ItemFlag.values()), seen);
    }

    /** A random sitting: abilities drive the answers, some items are reversed, some hard, some easy. */
    static final class Fixture {
        final List<ItemSpec> items = new ArrayList<>();
        ScoreSheet sheet;
        boolean[][] onForm;

        static Fixture random(Random random, int attempts, int itemCount, boolean twoForms) {
            Fixture f = new Fixture();
            for (int i = 0; i < itemCount; i++) {
                boolean choice = i % 3 != 2;
                double max = choice ? 0.25 * (1 + random.nextInt(2)) : 1 + random.nextInt(2);
                f.items.add(new ItemSpec(i + 1, 1000 + i, 1, choice ? "SINGLE_CHOICE" : "ESSAY", max,
                        choice ? List.of("A", "B", "C", "D") : List.of(), choice ? Set.of("B") : Set.of()));
            }
            f.sheet = new ScoreSheet(f.items);
            f.onForm = new boolean[attempts][itemCount];
            for (int a = 0; a < attempts; a++) {
                String form = twoForms && a % 2 == 1 ? "102" : "101";
                int r = f.sheet.addAttempt(form);
                double ability = random.nextGaussian();
                for (int i = 0; i < itemCount; i++) {
                    boolean on = !"102".equals(form) || i % 4 != 0; // version 102 lacks every fourth item
                    f.onForm[a][i] = on;
                    if (!on) {
                        continue;
                    }
                    ItemSpec spec = f.items.get(i);
                    double shift = i % 5 == 0 ? -2.5 : i % 5 == 1 ? 2.5 : 0;
                    double sign = i % 7 == 3 ? -1 : 1;
                    double p = 1 / (1 + Math.exp(-(sign * ability + shift + random.nextGaussian() * 0.5)));
                    boolean blank = random.nextDouble() < 0.05;
                    if (spec.hasOptions()) {
                        boolean right = !blank && random.nextDouble() < p;
                        int chosen = blank ? -1 : right ? 1 : random.nextDouble() < 0.97 ? (random.nextBoolean() ? 0 : 2) : 3;
                        f.sheet.set(r, i, right ? spec.maxPoints() : 0, !blank, chosen < 0 ? 0 : 1 << chosen);
                    } else {
                        double quarters = blank ? 0 : Math.round(p * 4 + random.nextGaussian() * 0.3);
                        double earned = Math.max(0, Math.min(4, quarters)) / 4 * spec.maxPoints();
                        f.sheet.set(r, i, earned, !blank, 0);
                    }
                }
            }
            return f;
        }
    }

    /** The formulas written out, loop by loop. */
    static final class Reference {
        final Fixture f;
        final int n;
        final double[] totals;

        Reference(Fixture f) {
            this.f = f;
            this.n = f.sheet.attemptCount();
            this.totals = new double[n];
            for (int a = 0; a < n; a++) {
                for (int i = 0; i < f.items.size(); i++) {
                    if (f.onForm[a][i]) {
                        totals[a] += f.sheet.points(a, i);
                    }
                }
            }
        }

        double mean() {
            double s = 0;
            for (double t : totals) {
                s += t;
            }
            return s / n;
        }

        double sd() {
            double m = mean();
            double s = 0;
            for (double t : totals) {
                s += (t - m) * (t - m);
            }
            return Math.sqrt(s / (n - 1));
        }

        static double variance(List<Double> xs) {
            double m = 0;
            for (double x : xs) {
                m += x;
            }
            m /= xs.size();
            double s = 0;
            for (double x : xs) {
                s += (x - m) * (x - m);
            }
            return s / (xs.size() - 1);
        }

        /** α per version, weighted by its attempts. */
        double alpha() {
            Map<String, List<Integer>> forms = new LinkedHashMap<>();
            for (int a = 0; a < n; a++) {
                forms.computeIfAbsent(f.sheet.form(a), x -> new ArrayList<>()).add(a);
            }
            double weighted = 0;
            for (List<Integer> rows : forms.values()) {
                int k = 0;
                double itemVariances = 0;
                for (int i = 0; i < f.items.size(); i++) {
                    if (!f.onForm[rows.get(0)][i]) {
                        continue;
                    }
                    k++;
                    List<Double> column = new ArrayList<>();
                    for (int a : rows) {
                        column.add(f.sheet.points(a, i));
                    }
                    itemVariances += variance(column);
                }
                List<Double> formTotals = new ArrayList<>();
                rows.forEach(a -> formTotals.add(totals[a]));
                weighted += rows.size() * (k / (k - 1.0)) * (1 - itemVariances / variance(formTotals));
            }
            return weighted / n;
        }

        List<Integer> holders(int i) {
            List<Integer> rows = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                if (f.onForm[a][i]) {
                    rows.add(a);
                }
            }
            return rows;
        }

        int responses(int i) {
            int c = 0;
            for (int a : holders(i)) {
                c += f.sheet.answered(a, i) ? 1 : 0;
            }
            return c;
        }

        Double facility(int i) {
            if (responses(i) == 0) {
                return null;
            }
            double s = 0;
            for (int a : holders(i)) {
                s += f.sheet.points(a, i);
            }
            return s / holders(i).size() / f.items.get(i).maxPoints();
        }

        Double restCorrelation(int i) {
            List<Integer> rows = holders(i);
            double mx = 0;
            double my = 0;
            for (int a : rows) {
                mx += f.sheet.points(a, i);
                my += totals[a] - f.sheet.points(a, i);
            }
            mx /= rows.size();
            my /= rows.size();
            double sxy = 0;
            double sxx = 0;
            double syy = 0;
            for (int a : rows) {
                double dx = f.sheet.points(a, i) - mx;
                double dy = totals[a] - f.sheet.points(a, i) - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
            if (sxx < 1e-12 || syy < 1e-12 || responses(i) == 0) {
                return null;
            }
            return sxy / Math.sqrt(sxx * syy);
        }

        double share(int i, int o) {
            int c = 0;
            for (int a : holders(i)) {
                c += (f.sheet.choices(a, i) >> o & 1);
            }
            return (double) c / holders(i).size();
        }

        Double chooserMean(int i, int o) {
            double s = 0;
            int c = 0;
            for (int a : holders(i)) {
                if ((f.sheet.choices(a, i) >> o & 1) == 1) {
                    s += totals[a];
                    c++;
                }
            }
            return c == 0 ? null : s / c;
        }

        Set<ItemFlag> flags(int i) {
            Set<ItemFlag> flags = new HashSet<>();
            if (responses(i) < 10) {
                return flags;
            }
            Double r = restCorrelation(i);
            if (r != null && r < 0) {
                flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
            } else if (r != null && r < 0.2) {
                flags.add(ItemFlag.LOW_DISCRIMINATION);
            }
            Double p = facility(i);
            if (p != null && p > 0.9) {
                flags.add(ItemFlag.TOO_EASY);
            } else if (p != null && p < 0.2) {
                flags.add(ItemFlag.TOO_HARD);
            }
            ItemSpec spec = f.items.get(i);
            for (int o = 0; o < spec.optionIds().size(); o++) {
                if (!spec.keyIds().contains(spec.optionIds().get(o)) && share(i, o) < 0.05) {
                    flags.add(ItemFlag.NON_FUNCTIONING_DISTRACTOR);
                }
            }
            assertFalse(flags.contains(ItemFlag.TOO_EASY) && flags.contains(ItemFlag.TOO_HARD));
            return flags;
        }
    }
}
