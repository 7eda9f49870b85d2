package vn.khaothi.rules.tt22;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;
import vn.khaothi.rules.tt27.EducationLevel;

/** TT22 Art. 6 (regular count), Art. 7 (duration, make-up, cognitive levels). */
class AssessmentPlanTest {

    @ParameterizedTest
    @CsvSource({
            "1, 2, RegularCountUpTo35Periods",
            "35, 2, RegularCountUpTo35Periods",
            "36, 3, RegularCount36To70Periods",
            "70, 3, RegularCount36To70Periods",
            "71, 4, RegularCountOver70Periods",
            "140, 4, RegularCountOver70Periods"
    })
    void regularAssessmentsPerSemesterFollowPeriodsPerYear(int periods, int expected, String rule) {
        Decision<Integer> d = REGULATIONS.regularAssessmentCount(periods, false);
        assertEquals(expected, d.value());
        assertEquals(List.of("TT22 Art. 6"), d.citations());
        assertEquals(rule, d.reasons().get(0).rule());
    }

    @ParameterizedTest
    @CsvSource({"35", "70", "105"})
    void commentaryOnlySubjectsTakeTheParameterCountWhateverTheirPeriods(int periods) {
        Decision<Integer> d = REGULATIONS.regularAssessmentCount(periods, true);
        assertEquals(Tt22Parameters.tt22of2021().commentaryOnlyRegularCount(), d.value());
        assertEquals(2, d.value());
        assertEquals("RegularCountCommentaryOnly", d.reasons().get(0).rule());
    }

    @Test
    void periodsOutOfRangeAreRejected() {
        assertEquals("periodsPerYear", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.regularAssessmentCount(0, false)).field());
        assertEquals("periodsPerYear", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.periodicDuration(-5, false)).field());
    }

    @ParameterizedTest
    @CsvSource({
            "69, false, 45, 45, PeriodicDurationUpTo70Periods",
            "70, false, 45, 45, PeriodicDurationUpTo70Periods",
            "71, false, 60, 90, PeriodicDurationOver70Periods",
            "35, false, 45, 45, PeriodicDurationUpTo70Periods",
            "105, true, 0, 120, PeriodicDurationSpecialisedSubject",
            "35, true, 0, 120, PeriodicDurationSpecialisedSubject"
    })
    void periodicTestDuration(int periods, boolean specialised, int min, int max, String rule) {
        Decision<PeriodicDuration> d = REGULATIONS.periodicDuration(periods, specialised);
        assertEquals(new PeriodicDuration(min, max), d.value());
        assertEquals(List.of("TT22 Art. 7"), d.citations());
        assertEquals(rule, d.reasons().get(0).rule());
    }

    @Test
    void justifiedAbsenceGetsAMakeUpOfTheSameDuration() {
        Decision<MakeUpRuling> d = REGULATIONS.missedPeriodicAssessment(true, true, MakeUpStatus.PENDING, 90);
        assertEquals("MAKE_UP_REQUIRED", d.value().code());
        assertEquals(90, d.value().durationMinutes());
        assertEquals(List.of("TT22 Art. 7"), d.citations());
    }

    @Test
    void missedMakeUpOfAScoredSubjectRecordsTheParameterScore() {
        Decision<MakeUpRuling> d = REGULATIONS.missedPeriodicAssessment(true, true, MakeUpStatus.MISSED, 60);
        assertEquals("MISSED_MAKE_UP", d.value().code());
        assertEquals(0, BigDecimal.ZERO.compareTo(d.value().score()));
        assertNull(d.value().commentary());
        assertEquals("MissedMakeUpScoredSubject", d.reasons().get(0).rule());
    }

    @Test
    void missedMakeUpOfACommentarySubjectIsNotPassed() {
        Decision<MakeUpRuling> d = REGULATIONS.missedPeriodicAssessment(false, true, MakeUpStatus.MISSED, 45);
        assertEquals(CommentaryResult.CHUA_DAT, d.value().commentary());
        assertNull(d.value().score());
        assertEquals(List.of("TT22 Art. 7"), d.citations());
    }

    @Test
    void satMakeUpStandsAndUnjustifiedAbsenceGetsNone() {
        assertEquals("MAKE_UP_RESULT_STANDS",
                REGULATIONS.missedPeriodicAssessment(true, true, MakeUpStatus.SAT, 60).value().code());
        Decision<MakeUpRuling> d = REGULATIONS.missedPeriodicAssessment(true, false, MakeUpStatus.PENDING, 60);
        assertEquals("NO_MAKE_UP_WITHOUT_JUSTIFICATION", d.value().code());
        assertEquals("NoMakeUpWithoutJustification", d.reasons().get(0).rule());
    }

    @Test
    void aSubjectOf70PeriodsOrFewerHas45MinutePeriodicTests() {
        // failed before: 60 minutes (Tt22Parameters and the rule said 60 for ≤ 70 periods)
        Decision<PeriodicDuration> d = REGULATIONS.periodicDuration(70, false);
        assertEquals(45, d.value().minMinutes());
        assertEquals(45, d.value().maxMinutes());
        assertEquals(45, Tt22Parameters.tt22of2021().durationUpTo70PeriodsMinutes());
        assertTrue(d.reasons().get(0).vi().contains("45 phút"));
        // a specialised subject has no stated minimum
        assertTrue(REGULATIONS.periodicDuration(105, true).reasons().get(0).en().contains("no minimum"));
    }

    @ParameterizedTest
    @CsvSource({
            "35, false, 2", "35, true, 3", "36, true, 4", "70, true, 4", "71, false, 4", "71, true, 5"
    })
    void aLearningTopicClusterAddsOneRegularScoreASemester(int periods, boolean cluster, int expected) {
        Decision<Integer> d = REGULATIONS.regularAssessmentCount(periods, false, cluster);
        assertEquals(expected, d.value());
        assertEquals(cluster ? List.of("TT22 Art. 6", "TT22 Art. 6.3") : List.of("TT22 Art. 6"), d.citations());
    }

    @Test
    void aCommentarySubjectGetsNoTopicClusterScore() {
        assertEquals(2, REGULATIONS.regularAssessmentCount(70, true, true).value());
    }

    @Test
    void secondaryItemsUseFourCognitiveLevelsCitedToTheMinistryGuidanceNotArt7() {
        Decision<List<String>> d = REGULATIONS.cognitiveLevels(EducationLevel.SECONDARY);
        assertEquals(List.of("NB", "TH", "VD", "VDC"), d.value());
        assertEquals(List.of("Ministry matrix guidance"), d.citations());
    }
}
