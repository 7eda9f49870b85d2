package vn.khaothi.rules.tt22;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the TT22 Art. 9.1.b averages and the Art. 5.3.b half-up rounding. */
class AveragePropertiesTest {

    /** Every valid TT22 score: 0.0 … 10.0 in steps of 0.1. */
    @Provide
    Arbitrary<BigDecimal> scores() {
        return Arbitraries.integers().between(0, 100).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }

    @Property(tries = 200)
    void semesterAverageStaysOnTheScaleWithOneDecimal(
            @ForAll @Size(min = 2, max = 4) List<@From("scores") BigDecimal> regular,
            @ForAll("scores") BigDecimal midterm, @ForAll("scores") BigDecimal finalScore) {
        BigDecimal average = REGULATIONS.subjectAverage(regular, midterm, finalScore).value();
        assertTrue(average.compareTo(BigDecimal.ZERO) >= 0 && average.compareTo(BigDecimal.TEN) <= 0, average::toString);
        assertEquals(1, average.scale());
        // between the lowest and the highest score given, as any weighted mean is
        BigDecimal min = min(regular, midterm, finalScore);
        BigDecimal max = max(regular, midterm, finalScore);
        assertTrue(average.compareTo(min) >= 0 && average.compareTo(max) <= 0);
    }

    @Property(tries = 200)
    void raisingAnyOneScoreNeverLowersTheSemesterAverage(
            @ForAll @Size(min = 2, max = 4) List<@From("scores") BigDecimal> regular,
            @ForAll("scores") BigDecimal midterm, @ForAll("scores") BigDecimal finalScore,
            @ForAll @IntRange(min = 0, max = 5) int which, @ForAll @IntRange(min = 1, max = 20) int tenths) {
        BigDecimal before = REGULATIONS.subjectAverage(regular, midterm, finalScore).value();
        BigDecimal bump = BigDecimal.valueOf(tenths, 1);
        List<BigDecimal> raisedRegular = new ArrayList<>(regular);
        BigDecimal raisedMid = midterm;
        BigDecimal raisedFinal = finalScore;
        if (which < regular.size()) {
            raisedRegular.set(which, capped(regular.get(which).add(bump)));
        } else if (which == 4) {
            raisedMid = capped(midterm.add(bump));
        } else {
            raisedFinal = capped(finalScore.add(bump));
        }
        BigDecimal after = REGULATIONS.subjectAverage(raisedRegular, raisedMid, raisedFinal).value();
        assertTrue(after.compareTo(before) >= 0, before + " -> " + after);
    }

    @Property(tries = 200)
    void semesterAverageIsTheExactFormulaRoundedHalfUp(
            @ForAll @Size(min = 2, max = 4) List<@From("scores") BigDecimal> regular,
            @ForAll("scores") BigDecimal midterm, @ForAll("scores") BigDecimal finalScore) {
        // independent oracle: work in hundredths-free integers of tenths, round with integer arithmetic
        long numeratorTenths = regular.stream().mapToLong(s -> s.unscaledValue().longValue()).sum()
                + 2 * midterm.unscaledValue().longValue() + 3 * finalScore.unscaledValue().longValue();
        long denominator = regular.size() + 5L;
        long roundedTenths = (2 * numeratorTenths + denominator) / (2 * denominator); // half-up for non-negatives
        assertEquals(BigDecimal.valueOf(roundedTenths, 1), REGULATIONS.subjectAverage(regular, midterm, finalScore).value());
    }

    @Property(tries = 200)
    void yearAverageStaysBetweenTheSemestersAndIsMonotone(@ForAll("scores") BigDecimal s1, @ForAll("scores") BigDecimal s2,
                                                           @ForAll @IntRange(min = 1, max = 10) int tenths) {
        BigDecimal year = REGULATIONS.yearAverage(s1, s2).value();
        assertTrue(year.compareTo(s1.min(s2)) >= 0 && year.compareTo(s1.max(s2)) <= 0);
        BigDecimal raised = REGULATIONS.yearAverage(s1, capped(s2.add(BigDecimal.valueOf(tenths, 1)))).value();
        assertTrue(raised.compareTo(year) >= 0);
        long exactTimes10 = s1.unscaledValue().longValue() + 2 * s2.unscaledValue().longValue();
        assertEquals(BigDecimal.valueOf((2 * exactTimes10 + 3) / 6, 1), year);
    }

    @Property(tries = 300)
    void roundingHalfUpMatchesTheDefinition(@ForAll @IntRange(min = 0, max = 100_000) int tenThousandths) {
        BigDecimal value = BigDecimal.valueOf(tenThousandths, 4);
        BigDecimal rounded = ScoreScale.roundHalfUp(value);
        BigDecimal diff = value.subtract(rounded);
        // |value − rounded| ≤ 0.05, and an exact tie goes up
        assertTrue(diff.abs().compareTo(new BigDecimal("0.05")) <= 0);
        if (diff.abs().compareTo(new BigDecimal("0.05")) == 0) {
            assertTrue(rounded.compareTo(value) > 0, value + " tie must round up");
        }
    }

    @Example
    void tiesOfRegulationsMdRoundUp() {
        assertEquals(new BigDecimal("8.3"), ScoreScale.roundHalfUp(new BigDecimal("8.25")));
        assertEquals(new BigDecimal("5.5"), ScoreScale.roundHalfUp(new BigDecimal("5.4875")));
        // the double 8.25 is exact, but 1.15 is not: BigDecimal built from the text rounds it as written
        assertEquals(new BigDecimal("1.2"), ScoreScale.roundHalfUp(new BigDecimal("1.15")));
        assertEquals(new BigDecimal("1.1"), new BigDecimal(1.15).setScale(1, RoundingMode.HALF_UP));
    }

    private static BigDecimal capped(BigDecimal score) {
        return score.min(BigDecimal.TEN.setScale(1));
    }

    private static BigDecimal min(List<BigDecimal> regular, BigDecimal a, BigDecimal b) {
        return regular.stream().reduce(a.min(b), BigDecimal::min);
    }

    private static BigDecimal max(List<BigDecimal> regular, BigDecimal a, BigDecimal b) {
        return regular.stream().reduce(a.max(b), BigDecimal::max);
    }
}
