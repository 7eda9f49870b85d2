package vn.khaothi.bench;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The benchmarks jar's entry point: JMH with its usual command line, then, when a run holds both sides of
 * the paper-assembly comparison, the time ratio of the baseline to ours.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Double ours = score(results, ".khaothiAssembler");
        Double cold = score(results, ".khaothiAssemblerCold");
        Double cpSat = score(results, ".cpSat");
        if (ours != null && cpSat != null) {
            System.out.printf(Locale.ROOT, "%nPaper assembly: ours %.1f ms/op warm%s, CP-SAT %.0f ms/op;"
                    + " ratio CP-SAT/ours = %.0f× (warm)%s%n", ours,
                    cold == null ? "" : String.format(Locale.ROOT, ", %.0f ms cold", cold), cpSat, cpSat / ours,
                    cold == null ? "" : String.format(Locale.ROOT, ", %.0f× (cold)", cpSat / cold));
        }
    }

    private static Double score(Collection<RunResult> results, String suffix) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith(suffix))
                .map(r -> r.getPrimaryResult().getScore()).findFirst().orElse(null);
    }
}
