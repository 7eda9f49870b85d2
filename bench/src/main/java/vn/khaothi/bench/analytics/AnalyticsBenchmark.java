package vn.khaothi.bench.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.khaothi.engine.domain.analytics.ItemSpec;
import vn.khaothi.engine.domain.analytics.OptionChoices;
import vn.khaothi.engine.domain.analytics.ScoreSheet;
import vn.khaothi.engine.domain.analytics.TestAnalysis;
import vn.khaothi.engine.domain.analytics.TestReport;

/**
 * Issue 15's benchmark: the full analysis of a sitting (building the score sheet from the rows as
 * the database gives them — points, states, chosen option ids — then TestAnalysis) against the naive
 * per-item loop, at several sizes, in one JVM; then the incremental update of the bank's statistics
 * ({@link LedgerBenchmark}). Each figure is the median of the timed runs after warm-up runs.
 *
 * <pre>
 * ./mvnw -B -Pbench -pl bench -am package -DskipTests
 * java -Xmx2g -cp bench/target/benchmarks.jar vn.khaothi.bench.analytics.AnalyticsBenchmark
 * </pre>
 */
public final class AnalyticsBenchmark {

    private static final int[][] SIZES = {{1_000, 50}, {10_000, 50}, {20_000, 50}, {10_000, 100}};
    private static final int WARMUP = 15;
    private static final int RUNS = 11;

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Warm both up on a mid-size sitting first: on a loaded machine the JIT needs more than a few small runs,
        // and the first size measured would otherwise pay for it.
        SyntheticSitting warm = new SyntheticSitting(5_000, 50, 7);
        median(() -> full(warm), 20, 1);
        median(() -> NaiveItemAnalysis.analyse(warm), 10, 1);
        System.out.printf(Locale.ROOT, "%-18s %14s %14s %8s%n", "attempts × items", "ours (ms)", "naive (ms)", "ratio");
        for (int[] size : SIZES) {
            SyntheticSitting s = new SyntheticSitting(size[0], size[1], 15);
            double ours = median(() -> full(s), WARMUP, RUNS);
            int naiveRuns = size[0] * size[1] > 600_000 ? 5 : RUNS;
            double naive = median(() -> NaiveItemAnalysis.analyse(s), 5, naiveRuns);
            System.out.printf(Locale.ROOT, "%,8d × %-7d %14.1f %14.1f %7.1f×%n", size[0], size[1], ours, naive, naive / ours);
        }
        if (args.length == 0 || !args[0].equals("--no-db")) {
            LedgerBenchmark.run();
        }
    }

    /** What the endpoint does after the two queries: rows → sheet (options mapped to bank ids) → analysis. */
    static double full(SyntheticSitting s) {
        List<ItemSpec> items = s.items;
        int k = items.size();
        ScoreSheet sheet = new ScoreSheet(items);
        for (int a = 0; a < s.attempts; a++) {
            int row = sheet.addAttempt("101");
            for (int i = 0; i < k; i++) {
                int at = a * k + i;
                ItemSpec spec = items.get(i);
                int mask = spec.hasOptions() ? OptionChoices.ofBankIds(Arrays.asList(s.chosen[at]), spec.optionIds()) : 0;
                sheet.set(row, i, s.points[at], s.answered[at], mask);
            }
        }
        TestReport r = TestAnalysis.analyse(sheet);
        return r.mean() + r.reliability().alpha() + r.items().get(0).facility();
    }

    interface Work {
        double run() throws Exception;
    }

    static double sink;

    static double median(Work work, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            sink += work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
