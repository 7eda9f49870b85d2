package vn.khaothi.rules.tt22;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;
import static vn.khaothi.rules.RegulationsFixture.d;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.khaothi.rules.Decision;

/** TT22 Art. 5.3.b: 0–10, an integer or a decimal taken to one place by half-up rounding. */
class ScoreValidationTest {

    @ParameterizedTest
    @CsvSource({
            "0, true, ScoreOnScale",
            "-0.1, false, ScoreBelowScale",
            "10, true, ScoreOnScale",
            "10.0, true, ScoreOnScale",
            "10.1, false, ScoreAboveScale",
            "8.5, true, ScoreOnScale",
            "8.50, true, ScoreOnScale",
            "8.25, true, ScoreRoundedOnEntry",
            "9.96, true, ScoreRoundedOnEntry",
            "10.04, false, ScoreAboveScale",
            "7, true, ScoreOnScale"
    })
    void scoreIsJudgedOnTheScale(String score, boolean valid, String rule) {
        Decision<Boolean> decision = REGULATIONS.validateScore("score", d(score));
        assertEquals(valid, decision.value());
        assertEquals(List.of("TT22 Art. 5.3.b"), decision.citations());
        assertTrue(decision.reasons().stream().anyMatch(r -> r.rule().equals(rule)),
                () -> "expected " + rule + " in " + decision.reasons());
    }

    @ParameterizedTest
    @CsvSource({"8.25, 8.3", "8.24, 8.2", "0.05, 0.1", "9.95, 10.0", "7, 7", "8.5, 8.5"})
    void anEnteredScoreIsStoredRoundedHalfUpAndTheDecisionSaysSo(String entered, String stored) {
        // failed before: 8.25 was refused with TOO_MANY_DECIMALS (400) instead of being rounded
        Decision<BigDecimal> d = REGULATIONS.scoreOnEntry("regular[0]", d(entered));
        assertEquals(0, d(stored).compareTo(d.value()), () -> entered + " stored as " + d.value());
        boolean rounded = d(entered).stripTrailingZeros().scale() > 1;
        assertEquals(rounded, d.reasons().stream().anyMatch(r -> r.rule().equals("ScoreRoundedOnEntry")
                && r.vi().contains(stored) && r.en().contains("rounded half-up")));
        assertEquals(List.of("TT22 Art. 5.3.b"), d.citations());
    }

    @ParameterizedTest
    @CsvSource({"10.05", "-0.04"})
    void aScoreThatRoundsOntoTheScaleIsStillRefusedWhenEnteredOffIt(String entered) {
        assertEquals("OUT_OF_RANGE", org.junit.jupiter.api.Assertions.assertThrows(vn.khaothi.rules.InvalidFactException.class,
                () -> REGULATIONS.scoreOnEntry("final", d(entered))).code());
    }

    @ParameterizedTest
    @CsvSource({"8.25, 8.3", "8.24, 8.2", "5.4875, 5.5", "5.45, 5.5", "5.44999, 5.4", "0.05, 0.1", "9.95, 10.0"})
    void roundingIsHalfUpToOneDecimal(String value, String rounded) {
        assertEquals(d(rounded), ScoreScale.roundHalfUp(d(value)));
    }

    @ParameterizedTest
    @CsvSource({"-0.01, false", "11, false"})
    void invalidScoreExplainsItselfInBothLanguages(String score, boolean valid) {
        Decision<Boolean> decision = REGULATIONS.validateScore("regular[0]", d(score));
        assertEquals(valid, decision.value());
        assertFalse(decision.reasons().isEmpty());
        assertTrue(decision.reasons().get(0).vi().startsWith("regular[0]"));
        assertTrue(decision.reasons().get(0).en().startsWith("regular[0]"));
    }
}
