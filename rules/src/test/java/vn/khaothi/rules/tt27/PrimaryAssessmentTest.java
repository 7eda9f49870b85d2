package vn.khaothi.rules.tt27;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;
import static vn.khaothi.rules.RegulationsFixture.d;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;

/** TT27: primary scores, periodic tests and cognitive levels. */
class PrimaryAssessmentTest {

    @ParameterizedTest
    @CsvSource({
            "0, false, PrimaryScoreZero",
            "1, true, PrimaryScoreOnScale",
            "10, true, PrimaryScoreOnScale",
            "10.0, true, PrimaryScoreOnScale",
            "11, false, PrimaryScoreOutOfScale",
            "-1, false, PrimaryScoreOutOfScale",
            "7.5, false, PrimaryScoreNotInteger",
            "0.5, false, PrimaryScoreNotInteger"
    })
    void primaryScoresAreIntegersFromOneToTen(String score, boolean valid, String rule) {
        Decision<Boolean> d = REGULATIONS.validatePrimaryScore("final", d(score));
        assertEquals(valid, d.value());
        assertEquals(List.of("TT27 Art. 7"), d.citations());
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals(rule)), () -> rule + " not in " + d.reasons());
    }

    @ParameterizedTest
    @CsvSource({
            "1, VIETNAMESE, END_OF_SEMESTER_1, true",
            "1, MATHEMATICS, END_OF_YEAR, true",
            "3, MATHEMATICS, MIDTERM_1, false",
            "4, MATHEMATICS, MIDTERM_1, true",
            "5, VIETNAMESE, MIDTERM_2, true",
            "3, SCIENCE, END_OF_YEAR, false",
            "4, SCIENCE, END_OF_YEAR, true",
            "4, HISTORY_GEOGRAPHY, MIDTERM_1, false",
            "5, OTHER, END_OF_YEAR, false",
            "2, OTHER, END_OF_SEMESTER_1, false"
    })
    void periodicTestsByGradeSubjectAndPoint(int grade, PrimarySubject subject, PrimaryTestPoint point, boolean required) {
        Decision<Boolean> d = REGULATIONS.primaryPeriodicTest(grade, subject, point);
        assertEquals(required, d.value());
        assertEquals(List.of("TT27 Art. 7"), d.citations());
    }

    @Test
    void ruleNamesShowWhyATestIsOrIsNotTaken() {
        assertEquals("MidtermTestUpperPrimary", REGULATIONS.primaryPeriodicTest(4, PrimarySubject.VIETNAMESE,
                PrimaryTestPoint.MIDTERM_1).reasons().get(0).rule());
        assertEquals("EndOfTermTestOtherSubjectsFromGrade", REGULATIONS.primaryPeriodicTest(5,
                PrimarySubject.FOREIGN_LANGUAGE, PrimaryTestPoint.END_OF_YEAR).reasons().get(0).rule());
        assertEquals("NoPeriodicTest", REGULATIONS.primaryPeriodicTest(1, PrimarySubject.OTHER,
                PrimaryTestPoint.END_OF_YEAR).reasons().get(0).rule());
    }

    @Test
    void gradeOutsidePrimaryIsRejected() {
        assertEquals("grade", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.primaryPeriodicTest(6, PrimarySubject.MATHEMATICS, PrimaryTestPoint.END_OF_YEAR)).field());
    }

    @Test
    void primaryItemsUseThreeLevels() {
        Decision<List<String>> d = REGULATIONS.cognitiveLevels(EducationLevel.PRIMARY);
        assertEquals(List.of("M1", "M2", "M3"), d.value());
        assertEquals(List.of("TT27 Art. 7"), d.citations());
    }
}
