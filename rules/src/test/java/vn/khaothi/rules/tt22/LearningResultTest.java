package vn.khaothi.rules.tt22;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;
import static vn.khaothi.rules.tt22.LearningLevel.CHUA_DAT;
import static vn.khaothi.rules.tt22.LearningLevel.DAT;
import static vn.khaothi.rules.tt22.LearningLevel.KHA;
import static vn.khaothi.rules.tt22.LearningLevel.TOT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;

/** TT22 Art. 9.2 (levels) and Art. 9.3 (one-subject raise): both sides of every threshold. */
class LearningResultTest {

    /** Scores built as "count x value" pairs, e.g. scores(6, "8.0", 3, "6.5"). */
    static List<BigDecimal> scores(Object... countThenValue) {
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < countThenValue.length; i += 2) {
            for (int k = 0; k < (Integer) countThenValue[i]; k++) {
                out.add(new BigDecimal((String) countThenValue[i + 1]));
            }
        }
        return out;
    }

    private static Decision<LevelOutcome> level(List<BigDecimal> scored, int passed, int failed) {
        return REGULATIONS.learningResult(scored, passed, failed);
    }

    private static void assertLevel(LearningLevel expected, Decision<LevelOutcome> decision) {
        assertEquals(expected, decision.value().level());
        assertEquals(expected, decision.value().computedLevel());
        assertFalse(decision.value().adjusted());
        assertEquals(List.of("TT22 Art. 9.2"), decision.citations());
    }

    // ---- TỐT -------------------------------------------------------------------------------------

    @Test
    void goodAtTheThresholds() {
        Decision<LevelOutcome> d = level(scores(6, "8.0", 3, "6.5"), 4, 0);
        assertLevel(TOT, d);
        assertEquals("LevelGood", d.reasons().get(0).rule());
    }

    @Test
    void goodNeedsEveryScoredSubjectAt6point5() {
        assertLevel(KHA, level(scores(6, "8.0", 2, "6.5", 1, "6.4"), 4, 0));
    }

    @Test
    void goodNeedsSixSubjectsAt8() {
        assertLevel(KHA, level(scores(5, "8.0", 1, "7.9", 3, "6.5"), 4, 0));
    }

    // ---- KHÁ -------------------------------------------------------------------------------------

    @Test
    void fairAtTheThresholds() {
        Decision<LevelOutcome> d = level(scores(6, "6.5", 3, "5.0"), 4, 0);
        assertLevel(KHA, d);
        assertEquals("LevelFair", d.reasons().get(0).rule());
    }

    @Test
    void fairNeedsEveryScoredSubjectAt5() {
        assertLevel(DAT, level(scores(6, "6.5", 2, "5.0", 1, "4.9"), 4, 0));
    }

    @Test
    void fairNeedsSixSubjectsAt6point5() {
        assertLevel(DAT, level(scores(5, "6.5", 4, "6.4"), 4, 0));
    }

    @Test
    void fairNeedsEveryCommentarySubjectPassed() {
        assertLevel(DAT, level(scores(6, "6.5", 3, "5.0"), 3, 1));
    }

    // ---- ĐẠT -------------------------------------------------------------------------------------

    @Test
    void passAtTheThresholds() {
        Decision<LevelOutcome> d = level(scores(6, "5.0", 3, "3.5"), 3, 1);
        assertLevel(DAT, d);
        assertEquals("LevelPass", d.reasons().get(0).rule());
    }

    @Test
    void passAllowsNoScoredSubjectBelow3point5() {
        assertLevel(CHUA_DAT, level(scores(6, "5.0", 2, "3.5", 1, "3.4"), 4, 0));
    }

    @Test
    void passNeedsSixSubjectsAt5() {
        assertLevel(CHUA_DAT, level(scores(5, "5.0", 4, "4.9"), 4, 0));
    }

    @Test
    void passAllowsAtMostOneCommentarySubjectNotPassed() {
        Decision<LevelOutcome> d = level(scores(6, "5.0", 3, "4.0"), 2, 2);
        assertLevel(CHUA_DAT, d);
        assertEquals("LevelNotPass", d.reasons().get(0).rule());
    }

    // ---- Art. 9.3 --------------------------------------------------------------------------------

    @Test
    void regulationsExampleAllOfGoodButOneSubjectAt3point4IsRaisedToPass() {
        // regulations.md §2: all conditions of TỐT but one subject at 3.4 → computed CHUA_DAT, adjusted DAT
        Decision<LevelOutcome> d = level(scores(7, "8.0", 2, "7.0", 1, "3.4"), 4, 0);
        assertEquals(CHUA_DAT, d.value().computedLevel());
        assertEquals(DAT, d.value().level());
        assertTrue(d.value().adjusted());
        assertEquals(List.of("TT22 Art. 9.2", "TT22 Art. 9.3"), d.citations());
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("SingleSubjectRaise")
                && r.en().contains("Very good") && r.vi().contains("từ Tốt xuống Chưa đạt") && r.vi().contains("liền kề Đạt")));
    }

    @Test
    void twoLevelsDownBecauseOfOneScoredSubjectIsRaisedOne() {
        // everything TỐT except one subject at 4.0 → computed ĐẠT (2 below TỐT) → KHÁ
        Decision<LevelOutcome> d = level(scores(6, "8.0", 2, "7.0", 1, "4.0"), 4, 0);
        assertEquals(DAT, d.value().computedLevel());
        assertEquals(KHA, d.value().level());
        assertTrue(d.citations().contains("TT22 Art. 9.3"));
    }

    @Test
    void twoLevelsDownBecauseOfOneCommentarySubjectIsRaisedOne() {
        Decision<LevelOutcome> d = level(scores(6, "8.0", 3, "6.5"), 3, 1);
        assertEquals(DAT, d.value().computedLevel());
        assertEquals(KHA, d.value().level());
        assertTrue(d.value().adjusted());
    }

    @Test
    void oneLevelDownBecauseOfOneSubjectIsNotRaised() {
        // everything TỐT except one subject at 5.5 → KHÁ, only one level below
        assertLevel(KHA, level(scores(6, "8.0", 2, "7.0", 1, "5.5"), 4, 0));
        // everything KHÁ except one subject at 3.4 → CHUA_DAT computed, hypothesis KHÁ is 2 above → ĐẠT
        Decision<LevelOutcome> d = level(scores(6, "6.5", 2, "5.0", 1, "3.4"), 4, 0);
        assertEquals(CHUA_DAT, d.value().computedLevel());
        assertEquals(DAT, d.value().level());
        // everything ĐẠT except one subject at 3.4 → CHUA_DAT, hypothesis ĐẠT only one above
        assertLevel(CHUA_DAT, level(scores(6, "5.0", 2, "4.0", 1, "3.4"), 4, 0));
    }

    @Test
    void art93TheWeakSubjectIsNeverCountedAsOneOfTheSixGoodSubjects() {
        // docs/regulations-mapping.md, "Art. 9.3 with a subject at 10": the other subjects must earn the
        // level on their own. Five at 8.0, three at 7.0, one at 4.0: computed ĐẠT. Read as "the weak subject
        // at 10" it would make a sixth subject ≥ 8.0, a TỐT hypothesis, and a raise to KHÁ (failed before).
        assertLevel(DAT, level(scores(5, "8.0", 3, "7.0", 1, "4.0"), 4, 0));
    }

    @Test
    void art93SixGoodSubjectsBesidesTheWeakOneAreRaised() {
        // the other side: six at 8.0 besides the weak subject → hypothesis TỐT, two above ĐẠT → KHÁ
        Decision<LevelOutcome> d = level(scores(6, "8.0", 2, "7.0", 1, "4.0"), 4, 0);
        assertEquals(DAT, d.value().computedLevel());
        assertEquals(KHA, d.value().level());
        // the same at the lower levels: five at 6.5 besides a 3.4 → hypothesis ĐẠT only → stays CHUA_DAT
        assertLevel(CHUA_DAT, level(scores(5, "6.5", 3, "5.0", 1, "3.4"), 4, 0));
        // six at 6.5 besides a 3.4 → hypothesis KHÁ, two above → ĐẠT
        assertEquals(DAT, level(scores(6, "6.5", 2, "5.0", 1, "3.4"), 4, 0).value().level());
    }

    @Test
    void twoSubjectsPullingTheLevelDownAreNotRaised() {
        // two subjects below 3.5: raising one alone still leaves CHUA_DAT
        assertLevel(CHUA_DAT, level(scores(7, "8.0", 2, "3.4"), 4, 0));
        // one scored subject at 4.0 and one commentary subject failed: neither alone is the cause
        assertLevel(DAT, level(scores(6, "8.0", 2, "7.0", 1, "4.0"), 3, 1));
    }

    // ---- inputs ----------------------------------------------------------------------------------

    @Test
    void scoredAverageOffTheScaleIsRejectedNamingTheField() {
        InvalidFactException e = assertThrows(InvalidFactException.class,
                () -> level(scores(2, "8.0", 1, "11", 6, "7.0"), 4, 0));
        assertEquals("scored[2]", e.field());
    }

    @Test
    void negativeCountsAndNoSubjectsAreRejected() {
        assertEquals("commentaryFailed",
                assertThrows(InvalidFactException.class, () -> level(scores(6, "8.0"), 4, -1)).field());
        assertEquals("commentaryPassed",
                assertThrows(InvalidFactException.class, () -> level(scores(6, "8.0"), -1, 0)).field());
        assertEquals("scored", assertThrows(InvalidFactException.class, () -> level(List.of(), 0, 0)).field());
    }

    @Test
    void commentaryOnlyStudentWithNoScoredSubjectCannotReachPass() {
        // Art. 9.2 asks at least six scored subjects ≥ 5.0 even for ĐẠT
        assertLevel(CHUA_DAT, level(List.of(), 4, 0));
    }
}
