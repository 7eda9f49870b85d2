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

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;

/** TT22 Art. 11 (promotion), Art. 12 (retest), Art. 15 (awards). */
class YearEndTest {

    // ---- Art. 11 ---------------------------------------------------------------------------------

    @Test
    void promotedAtPassWithTheMaximumAbsence() {
        Decision<Promotion> d = REGULATIONS.promotion(DAT, DAT, 45);
        assertTrue(d.value().promoted());
        assertEquals(List.of(), d.value().unmet());
        assertEquals(List.of("TT22 Art. 11"), d.citations());
        assertEquals("PromotionGranted", d.reasons().get(0).rule());
    }

    @Test
    void oneDayOverTheAbsenceParameterBlocksPromotion() {
        Decision<Promotion> d = REGULATIONS.promotion(TOT, TOT, 46);
        assertFalse(d.value().promoted());
        assertEquals(List.of("ABSENCE"), d.value().unmet());
        assertEquals(List.of("TT22 Art. 11"), d.citations());
    }

    @Test
    void learningOrConductBelowPassBlocksPromotionAndEveryGapIsListed() {
        assertEquals(List.of("LEARNING_RESULT"), REGULATIONS.promotion(CHUA_DAT, KHA, 0).value().unmet());
        assertEquals(List.of("CONDUCT_RESULT"), REGULATIONS.promotion(KHA, CHUA_DAT, 0).value().unmet());
        assertEquals(List.of("ABSENCE", "CONDUCT_RESULT", "LEARNING_RESULT"),
                REGULATIONS.promotion(CHUA_DAT, CHUA_DAT, 60).value().unmet());
    }

    @Test
    void negativeAbsenceIsRejected() {
        assertEquals("daysAbsent", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.promotion(DAT, DAT, -1)).field());
    }

    // ---- Art. 12 ---------------------------------------------------------------------------------

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
        Decision<List<String>> d = REGULATIONS.retestSubjects(CHUA_DAT, failingYear());
        assertEquals(List.of("Toán", "Tiếng Anh", "Giáo dục thể chất"), d.value());
        assertEquals(List.of("TT22 Art. 12"), d.citations());
    }

    @Test
    void noRetestWhenTheYearLevelPassed() {
        Decision<List<String>> d = REGULATIONS.retestSubjects(DAT, failingYear());
        assertEquals(List.of(), d.value());
        assertEquals("NoRetestWhenYearLevelPassed", d.reasons().get(0).rule());
        assertEquals(List.of("TT22 Art. 12"), d.citations());
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
        assertTrue(d.citations().containsAll(List.of("TT22 Art. 9.2", "TT22 Art. 12")));
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
                failingYear(), List.of(RetestResult.scored("Toán", d("5.55")))));
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
