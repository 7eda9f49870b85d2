package vn.khaothi.rules.tt22;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;
import static vn.khaothi.rules.RegulationsFixture.d;
import static vn.khaothi.rules.tt22.LearningLevel.CHUA_DAT;
import static vn.khaothi.rules.tt22.LearningLevel.DAT;
import static vn.khaothi.rules.tt22.LearningLevel.KHA;
import static vn.khaothi.rules.tt22.LearningLevel.TOT;
import static vn.khaothi.rules.tt22.LearningResultTest.scores;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;

/** TT22 Art. 8 (conduct), Art. 12 (promotion), Art. 13 (summer training), Art. 14 (retest), Art. 15 (awards). */
class YearEndTest {

    // ---- Art. 12: promotion ----------------------------------------------------------------------

    @Test
    void promotedAtPassWithTheMaximumAbsence() {
        Decision<Promotion> d = REGULATIONS.promotion(DAT, DAT, 45);
        assertTrue(d.value().promoted());
        assertEquals(List.of(), d.value().unmet());
        assertEquals(List.of("TT22 Art. 12"), d.citations(), "promotion is Art. 12 (Art. 11 is students with disabilities)");
        assertEquals("PromotionGranted", d.reasons().get(0).rule());
    }

    @ParameterizedTest
    @CsvSource({"44, true", "45, true", "46, false"})
    void absencesAreCountedInHalfDaysAndTheReasonsSaySo(int halfDays, boolean promoted) {
        Decision<Promotion> d = REGULATIONS.promotion(TOT, TOT, null, halfDays);
        assertEquals(promoted, d.value().promoted());
        assertEquals(promoted ? List.of() : List.of("ABSENCE"), d.value().unmet());
        // failed before: the reasons said "ngày" (days)
        assertTrue(d.reasons().get(0).vi().contains(halfDays + " buổi") || d.reasons().get(0).vi().contains(halfDays + "/45 buổi"),
                d.reasons().get(0).vi());
        assertTrue(d.reasons().get(0).en().contains("half-days"));
        assertFalse(d.reasons().get(0).vi().contains("ngày"));
    }

    @Test
    void learningOrConductBelowPassBlocksPromotionAndEveryGapIsListed() {
        assertEquals(List.of("LEARNING_RESULT"), REGULATIONS.promotion(CHUA_DAT, KHA, 0).value().unmet());
        assertEquals(List.of("CONDUCT_RESULT"), REGULATIONS.promotion(KHA, CHUA_DAT, 0).value().unmet());
        assertEquals(List.of("ABSENCE", "CONDUCT_RESULT", "LEARNING_RESULT"),
                REGULATIONS.promotion(CHUA_DAT, CHUA_DAT, 60).value().unmet());
    }

    @Test
    void theSummerReassessmentOfConductCountsForPromotion() {
        Decision<Promotion> before = REGULATIONS.promotion(KHA, CHUA_DAT, null, 10);
        assertFalse(before.value().promoted());
        assertEquals(List.of("SUMMER_CONDUCT_TRAINING"), before.value().nextSteps());
        assertTrue(before.citations().contains("TT22 Art. 13"));
        Decision<Promotion> after = REGULATIONS.promotion(KHA, CHUA_DAT, DAT, 10);
        assertTrue(after.value().promoted());
        assertTrue(after.reasons().stream().anyMatch(r -> r.rule().equals("PromotionCountsSummerReassessment")));
        Decision<Promotion> stillFailing = REGULATIONS.promotion(KHA, CHUA_DAT, CHUA_DAT, 10);
        assertEquals(List.of("CONDUCT_RESULT"), stillFailing.value().unmet());
        assertEquals(List.of(), stillFailing.value().nextSteps(), "after the re-assessment nothing is left but to repeat");
    }

    @Test
    void aLearningResultBelowPassWithConductAtPassLeadsToRetests() {
        assertEquals(List.of("RETEST"), REGULATIONS.promotion(CHUA_DAT, DAT, null, 0).value().nextSteps());
        assertEquals(List.of(), REGULATIONS.promotion(CHUA_DAT, DAT, null, 46).value().nextSteps(),
                "too many absences: no retest can help");
    }

    @Test
    void aSummerReassessmentForAStudentWhoseConductPassedIsContradictory() {
        InvalidFactException e = assertThrows(InvalidFactException.class, () -> REGULATIONS.promotion(DAT, DAT, TOT, 0));
        assertEquals("conductAfterSummer", e.field());
        assertEquals("CONTRADICTORY", e.code());
    }

    @Test
    void negativeAbsenceIsRejected() {
        assertEquals("halfDaysAbsent", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.promotion(DAT, DAT, -1)).field());
    }

    // ---- Art. 8 and 13: conduct -----------------------------------------------------------------

    @Test
    void yearConductFollowsSemesterTwoUnlessTheTeacherDecided() {
        Decision<ConductOutcome> d = REGULATIONS.conduct(KHA, TOT, null, null);
        assertEquals(TOT, d.value().year());
        assertEquals(TOT, d.value().forPromotion());
        assertFalse(d.value().summerTrainingRequired());
        assertEquals(List.of("TT22 Art. 8"), d.citations());
        assertEquals(KHA, REGULATIONS.conduct(KHA, TOT, KHA, null).value().year());
    }

    @Test
    void conductChuaDatLeadsToSummerTrainingAndTheReassessmentReplacesIt() {
        Decision<ConductOutcome> training = REGULATIONS.conduct(DAT, CHUA_DAT, null, null);
        assertTrue(training.value().summerTrainingRequired());
        assertEquals(CHUA_DAT, training.value().forPromotion());
        assertTrue(training.citations().contains("TT22 Art. 13"));
        Decision<ConductOutcome> after = REGULATIONS.conduct(DAT, CHUA_DAT, null, DAT);
        assertFalse(after.value().summerTrainingRequired());
        assertEquals(DAT, after.value().forPromotion());
        assertEquals("afterSummerTraining", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.conduct(DAT, DAT, null, TOT)).field());
    }

    // ---- Art. 14: retests -----------------------------------------------------------------------

    private static List<SubjectYearResult> failingYear() {
        List<SubjectYearResult> results = new ArrayList<>();
        results.add(SubjectYearResult.scored("Toán", d("4.9")));
        results.add(SubjectYearResult.scored("Ngữ văn", d("5.0")));
        results.add(SubjectYearResult.scored("Tiếng Anh", d("3.0")));
        for (int i = 0; i < 5; i++) {
            results.add(SubjectYearResult.scored("Môn " + i, d("6.0")));
        }
        results.add(SubjectYearResult.commentary("Giáo dục thể chất", CommentaryResult.CHUA_DAT));
        results.add(SubjectYearResult.commentary("Nghệ thuật", CommentaryResult.DAT));
        return results;
    }

    @Test
    void retestCoversScoredSubjectsBelow5AndCommentarySubjectsNotPassed() {
        Decision<List<String>> d = REGULATIONS.retestSubjects(CHUA_DAT, DAT, failingYear());
        assertEquals(List.of("Toán", "Tiếng Anh", "Giáo dục thể chất"), d.value());
        assertEquals(List.of("TT22 Art. 14"), d.citations(), "retests are Art. 14, not Art. 12");
    }

    @ParameterizedTest
    @CsvSource({"CHUA_DAT, 0", "DAT, 3", "KHA, 3", "TOT, 3"})
    void onlyAStudentWhoseConductIsAtLeastDatIsRetested(LearningLevel conduct, int subjects) {
        // failed before: RetestCase held only the learning level, so conduct CHUA_DAT was retested too
        Decision<List<String>> d = REGULATIONS.retestSubjects(CHUA_DAT, conduct, failingYear());
        assertEquals(subjects, d.value().size());
        if (subjects == 0) {
            assertEquals("NoRetestWhenConductBelowPass", d.reasons().get(0).rule());
        }
    }

    @Test
    void aRetestAfterConductChuaDatIsRefused() {
        InvalidFactException e = assertThrows(InvalidFactException.class, () -> REGULATIONS.levelAfterRetest(
                failingYear(), CHUA_DAT, List.of(RetestResult.scored("Toán", d("6.0")))));
        assertEquals("NOT_ELIGIBLE", e.code());
        assertEquals(DAT, REGULATIONS.levelAfterRetest(failingYear(), DAT, List.of(
                RetestResult.scored("Tiếng Anh", d("5.5")),
                RetestResult.commentary("Giáo dục thể chất", CommentaryResult.DAT))).value().level());
    }

    @Test
    void noRetestWhenTheYearLevelPassed() {
        Decision<List<String>> d = REGULATIONS.retestSubjects(DAT, DAT, failingYear());
        assertEquals(List.of(), d.value());
        assertEquals("NoRetestWhenYearLevelPassed", d.reasons().get(0).rule());
        assertEquals(List.of("TT22 Art. 14"), d.citations());
    }

    @Test
    void retestResultsReplaceYearResultsAndTheLevelIsRecomputed() {
        // before: 3.0 < 3.5 and a failed commentary subject → CHUA_DAT
        assertEquals(CHUA_DAT, REGULATIONS.learningResult(scores(1, "4.9", 1, "5.0", 1, "3.0", 5, "6.0"), 1, 1)
                .value().level());
        Decision<LevelOutcome> d = REGULATIONS.levelAfterRetest(failingYear(), List.of(
                RetestResult.scored("Tiếng Anh", d("5.5")),
                RetestResult.commentary("Giáo dục thể chất", CommentaryResult.DAT)));
        assertEquals(DAT, d.value().level());
        assertTrue(d.citations().containsAll(List.of("TT22 Art. 9.2", "TT22 Art. 14")));
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("RetestResultReplacesYearResult")));
    }

    @Test
    void aRetestOfASubjectThatWasNotEligibleIsRejected() {
        InvalidFactException e = assertThrows(InvalidFactException.class, () -> REGULATIONS.levelAfterRetest(
                failingYear(), List.of(RetestResult.scored("Ngữ văn", d("7.0")))));
        assertEquals("retests[0].subject", e.field());
        assertEquals("NOT_ELIGIBLE", e.code());
    }

    @Test
    void aRetestScoreOffTheScaleIsRejected() {
        InvalidFactException e = assertThrows(InvalidFactException.class, () -> REGULATIONS.levelAfterRetest(
                failingYear(), DAT, List.of(RetestResult.scored("Toán", d("10.5")))));
        assertEquals("retests[0].score", e.field());
    }

    // ---- Art. 15 ---------------------------------------------------------------------------------

    @Test
    void outstandingNeedsSixSubjectsAt9() {
        Decision<AwardTitle> d = REGULATIONS.award(TOT, TOT, scores(6, "9.0", 3, "7.0"));
        assertEquals(AwardTitle.OUTSTANDING, d.value());
        assertEquals(List.of("TT22 Art. 15"), d.citations());
        assertEquals(AwardTitle.EXCELLENT, REGULATIONS.award(TOT, TOT, scores(5, "9.0", 1, "8.9", 3, "7.0")).value());
    }

    @Test
    void aLearningLevelTheAveragesCannotReachIsRefused() {
        // failed before: TỐT with a subject at 5.0 answered OUTSTANDING
        InvalidFactException e = assertThrows(InvalidFactException.class,
                () -> REGULATIONS.award(TOT, TOT, scores(8, "9.5", 1, "5.0")));
        assertEquals("learning", e.field());
        assertEquals("CONTRADICTORY", e.code());
        // the edge: every subject at 6.5 or more with six at 8.0 is TỐT; 6.4 is not
        assertEquals(AwardTitle.EXCELLENT, REGULATIONS.award(TOT, TOT, scores(6, "8.0", 3, "6.5")).value());
        assertThrows(InvalidFactException.class, () -> REGULATIONS.award(TOT, TOT, scores(6, "8.0", 2, "6.5", 1, "6.4")));
        // a level below what the averages allow is not contradictory (a commentary subject may have failed)
        assertEquals(AwardTitle.NONE, REGULATIONS.award(KHA, TOT, scores(9, "9.5")).value());
        // Art. 9.3 can make KHÁ out of a subject at 4.0: not contradictory either
        assertEquals(AwardTitle.NONE, REGULATIONS.award(KHA, TOT, scores(6, "8.0", 2, "7.0", 1, "4.0")).value());
    }

    @Test
    void excellentNeedsGoodLearningAndGoodConduct() {
        Decision<AwardTitle> d = REGULATIONS.award(TOT, TOT, scores(9, "8.0"));
        assertEquals(AwardTitle.EXCELLENT, d.value());
        assertEquals("ExcellentStudentAward", d.reasons().get(0).rule());
        assertEquals(AwardTitle.NONE, REGULATIONS.award(TOT, KHA, scores(9, "9.5")).value());
        Decision<AwardTitle> none = REGULATIONS.award(KHA, TOT, scores(9, "9.5"));
        assertEquals(AwardTitle.NONE, none.value());
        assertEquals(List.of("TT22 Art. 15"), none.citations());
    }
}
