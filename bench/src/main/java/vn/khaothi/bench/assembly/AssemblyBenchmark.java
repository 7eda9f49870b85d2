package vn.khaothi.bench.assembly;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.khaothi.itembank.application.assembly.AssemblyRequest;
import vn.khaothi.itembank.application.assembly.AssemblyResult;
import vn.khaothi.itembank.application.assembly.AssemblyVerifier;
import vn.khaothi.itembank.application.assembly.PaperAssembler;

/**
 * Paper assembly on the {@link BenchInstance} (10,000 items, 40-item blueprint, 24 parallel versions):
 * our {@link PaperAssembler} against an OR-Tools CP-SAT model of the same instance, in one run. After each
 * benchmark the last paper is checked by {@link AssemblyVerifier} and its difficulty spread printed, so
 * the times are only compared between papers that are both valid.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssemblyBenchmark {

    /**
     * CP-SAT's time limit, bounded so that the benchmark always ends; change it with
     * {@code -jvmArgsAppend -Dcpsat.seconds=N} (the property must reach the forked JVM).
     */
    public static final double CP_SAT_SECONDS = Double.parseDouble(System.getProperty("cpsat.seconds", "30"));

    @Param("42")
    public long seed;

    private AssemblyRequest request;
    private final PaperAssembler assembler = new PaperAssembler();
    private AssemblyResult last;
    private String label;
    private String solverStatus = "";

    @Setup(Level.Trial)
    public void generate() {
        request = BenchInstance.request(seed);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 10, time = 2)
    public AssemblyResult khaothiAssembler() {
        last = assembler.assemble(request);
        label = "khaothi";
        return last;
    }

    /** The first paper of a fresh JVM (no JIT warm-up), as after a server restart: five forks, one call each. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public AssemblyResult khaothiAssemblerCold() {
        return khaothiAssembler();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public CpSatAssembler.Outcome cpSat() {
        CpSatAssembler.Outcome outcome = new CpSatAssembler().solve(request, CP_SAT_SECONDS, 2);
        last = outcome.result();
        label = "cp-sat";
        solverStatus = " status=" + outcome.status();
        return outcome;
    }

    @TearDown(Level.Trial)
    public void check() {
        if (last == null) {
            System.out.println("[check] " + label + ": no paper" + solverStatus);
            return;
        }
        List<String> violations = new AssemblyVerifier().violations(request, last);
        System.out.printf(Locale.ROOT, "[check] %s: versions=%d items/version=%d violations=%d spread=%.4f%s%n",
                label, last.versions().size(), last.versions().get(0).items().size(), violations.size(),
                last.difficultySpread(), solverStatus);
        violations.stream().limit(5).forEach(v -> System.out.println("[check]   " + v));
    }
}
