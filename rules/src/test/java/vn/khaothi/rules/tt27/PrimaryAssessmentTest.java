package vn.khaothi.rules.tt27;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            "0, true, PrimaryScoreOnScale",
            "0.0, true, PrimaryScoreOnScale",
            "1, true, PrimaryScoreOnScale",
            "10, true, PrimaryScoreOnScale",
            "10.0, true, PrimaryScoreOnScale",
            "11, false, PrimaryScoreOutOfScale",
            "-1, false, PrimaryScoreOutOfScale",
            "7.5, false, PrimaryScoreNotInteger",
            "0.5, false, PrimaryScoreNotInteger"
    })
    void primaryScoresAreIntegersFromZeroToTen(String score, boolean valid, String rule) {
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
            "2, FOREIGN_LANGUAGE, END_OF_SEMESTER_1, false",
            "3, FOREIGN_LANGUAGE, END_OF_SEMESTER_1, true",
            "3, FOREIGN_LANGUAGE, END_OF_YEAR, true",
            "4, FOREIGN_LANGUAGE, END_OF_YEAR, true",
            "3, FOREIGN_LANGUAGE, MIDTERM_1, false",
            "2, INFORMATICS_TECHNOLOGY, END_OF_YEAR, false",
            "3, INFORMATICS_TECHNOLOGY, END_OF_SEMESTER_1, true",
            "3, INFORMATICS_TECHNOLOGY, END_OF_YEAR, true",
            "4, INFORMATICS_TECHNOLOGY, END_OF_SEMESTER_1, true",
            "3, HISTORY_GEOGRAPHY, END_OF_YEAR, false",
            "4, HISTORY_GEOGRAPHY, END_OF_SEMESTER_1, true",
            "2, MATHEMATICS, END_OF_SEMESTER_1, true",
            "4, VIETNAMESE, MIDTERM_2, true",
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
        assertEquals("EndOfTermTestLanguageAndInformaticsFromGrade", REGULATIONS.primaryPeriodicTest(3,
                PrimarySubject.FOREIGN_LANGUAGE, PrimaryTestPoint.END_OF_YEAR).reasons().get(0).rule());
        assertEquals("EndOfTermTestOtherSubjectsFromGrade", REGULATIONS.primaryPeriodicTest(5,
                PrimarySubject.SCIENCE, PrimaryTestPoint.END_OF_YEAR).reasons().get(0).rule());
        assertEquals("NoPeriodicTest", REGULATIONS.primaryPeriodicTest(1, PrimarySubject.OTHER,
                PrimaryTestPoint.END_OF_YEAR).reasons().get(0).rule());
    }

    private static PrimarySubjectOutcome subject(String name, PrimarySubjectLevel level, String score) {
        return new PrimarySubjectOutcome(name, level, score == null ? null : d(score));
    }

    private static List<PrimarySubjectOutcome> year(PrimarySubjectLevel level, String math, String vietnamese) {
        return List.of(subject("Toán", level, math), subject("Tiếng Việt", level, vietnamese),
                subject("Đạo đức", level, null));
    }

    @ParameterizedTest
    @CsvSource({
            "HOAN_THANH_TOT, 9, 10, TOT, HOAN_THANH_XUAT_SAC",
            "HOAN_THANH_TOT, 8, 10, TOT, HOAN_THANH_TOT",
            "HOAN_THANH_TOT, 7, 9, TOT, HOAN_THANH_TOT",
            "HOAN_THANH_TOT, 6, 9, TOT, HOAN_THANH",
            "HOAN_THANH_TOT, 9, 9, DAT, HOAN_THANH",
            "HOAN_THANH, 10, 10, TOT, HOAN_THANH",
            "HOAN_THANH, 5, 5, DAT, HOAN_THANH",
            "HOAN_THANH, 4, 9, DAT, CHUA_HOAN_THANH",
            "HOAN_THANH, 9, 9, CAN_CO_GANG, CHUA_HOAN_THANH",
            "CHUA_HOAN_THANH, 9, 9, TOT, CHUA_HOAN_THANH"
    })
    void yearEndEvaluationOnBothSidesOfEveryThreshold(PrimarySubjectLevel level, String math, String vietnamese,
                                                      QualityLevel qualities, PrimaryEvaluation expected) {
        Decision<PrimaryYearOutcome> d = REGULATIONS.primaryYearResult(3, year(level, math, vietnamese), qualities, QualityLevel.TOT);
        assertEquals(expected, d.value().evaluation());
        assertEquals(expected != PrimaryEvaluation.CHUA_HOAN_THANH, d.value().gradeCompleted());
        assertFalse(d.value().primaryProgrammeCompleted());
        assertEquals(List.of("TT27 Art. 9", "TT27 Art. 11"), d.citations());
    }

    @Test
    void gradeFiveCompletedIsTheCompletionOfPrimaryEducation() {
        Decision<PrimaryYearOutcome> d = REGULATIONS.primaryYearResult(5,
                year(PrimarySubjectLevel.HOAN_THANH, "6", "7"), QualityLevel.DAT, QualityLevel.DAT);
        assertTrue(d.value().primaryProgrammeCompleted());
        assertEquals("PrimaryProgrammeCompleted", d.reasons().get(1).rule());
        assertFalse(REGULATIONS.primaryYearResult(5, year(PrimarySubjectLevel.HOAN_THANH, "4", "7"),
                QualityLevel.DAT, QualityLevel.DAT).value().primaryProgrammeCompleted());
        assertFalse(REGULATIONS.primaryYearResult(5, year(PrimarySubjectLevel.HOAN_THANH, "6", "7"),
                QualityLevel.DAT, QualityLevel.CAN_CO_GANG).value().gradeCompleted());
    }

    @Test
    void aYearEndTestScoreOffTheTt27ScaleIsRefused() {
        InvalidFactException e = assertThrows(InvalidFactException.class, () -> REGULATIONS.primaryYearResult(4,
                year(PrimarySubjectLevel.HOAN_THANH, "7.5", "8"), QualityLevel.TOT, QualityLevel.TOT));
        assertEquals("subjects[0].endOfYearScore", e.field());
        assertEquals("NOT_INTEGER", e.code());
        // 0 is a TT27 score: a low one
        assertEquals(PrimaryEvaluation.CHUA_HOAN_THANH, REGULATIONS.primaryYearResult(4,
                year(PrimarySubjectLevel.HOAN_THANH, "0", "8"), QualityLevel.TOT, QualityLevel.TOT).value().evaluation());
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
