package vn.khaothi.rules.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;
import vn.khaothi.rules.tt22.LevelOutcome;

/**
 * TT22 learning-result levels for 20,000 students × 12 subjects, through the facade (one rule
 * session per student, as the engine calls it) against a plain-Java baseline of the same
 * thresholds, in the same run. One operation = the whole cohort.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class LearningResultBenchmark {

    static final int STUDENTS = 20_000;

    private List<StudentCohort.Student> cohort;
    private Regulations regulations;

    @Setup
    public void setUp() {
        cohort = StudentCohort.generate(STUDENTS, 20_251_122L);
        regulations = Regulations.forSchoolYear(SchoolYear.of(2025));
        int[] histogram = new int[4];
        int adjusted = 0;
        // the baseline must be the same function, or the ratio means nothing
        for (StudentCohort.Student s : cohort) {
            LevelOutcome rules = regulations.learningResult(s.scored(), s.commentaryPassed(), s.commentaryFailed()).value();
            int plain = PlainJavaLevels.level(s.scored(), s.commentaryPassed(), s.commentaryFailed());
            if (rules.level().rank() != plain) {
                throw new IllegalStateException("baseline disagrees with the rules for " + s + ": " + rules + " vs " + plain);
            }
            histogram[plain]++;
            adjusted += rules.adjusted() ? 1 : 0;
        }
        System.out.printf("%ncohort: CHUA_DAT %d, DAT %d, KHA %d, TOT %d; Art. 9.3 raised %d%n",
                histogram[0], histogram[1], histogram[2], histogram[3], adjusted);
    }

    @Benchmark
    public int droolsFacade() {
        int sum = 0;
        for (StudentCohort.Student s : cohort) {
            sum += regulations.learningResult(s.scored(), s.commentaryPassed(), s.commentaryFailed())
                    .value().level().rank();
        }
        return sum;
    }

    @Benchmark
    public int plainJavaBaseline() {
        int sum = 0;
        for (StudentCohort.Student s : cohort) {
            sum += PlainJavaLevels.level(s.scored(), s.commentaryPassed(), s.commentaryFailed());
        }
        return sum;
    }
}
