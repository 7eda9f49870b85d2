package vn.khaothi.rules.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;
import vn.khaothi.rules.support.KnowledgeBases;
import vn.khaothi.rules.tt22.LevelOutcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * Cold start in a fresh JVM: reading kmodule.xml, loading the build-time executable model of the
 * three kbases and answering a first decision. Each fork measures exactly one cold start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class StartupBenchmark {

    @Benchmark
    public LevelOutcome coldStartToFirstDecision() {
        KnowledgeBases kbases = KnowledgeBases.fromClasspath();
        Regulations regulations = new Regulations(kbases, vn.khaothi.rules.RegulationCatalog.standard(), SchoolYear.of(2025));
        regulations.onlinePermission(vn.khaothi.rules.online.AssessmentKind.REGULAR, null, false, false);
        regulations.validatePrimaryScore("x", BigDecimal.ONE);
        return regulations.learningResult(List.of(BigDecimal.TEN), 1, 0).value();
    }
}
