package vn.khaothi.rules.tt22;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;

/** TT22 Art. 9.1.a: commentary-only subjects. */
class CommentaryResultTest {

    @Test
    void allRequiredTakenAndAllPassedIsPass() {
        Decision<CommentaryResult> d = REGULATIONS.commentarySemesterResult(2, 2, 0);
        assertEquals(CommentaryResult.DAT, d.value());
        assertEquals(List.of("TT22 Art. 9.1.a"), d.citations());
        assertEquals("CommentarySemesterPassed", d.reasons().get(0).rule());
    }

    @Test
    void oneAssessmentMissingIsNotPass() {
        Decision<CommentaryResult> d = REGULATIONS.commentarySemesterResult(2, 1, 0);
        assertEquals(CommentaryResult.CHUA_DAT, d.value());
        assertEquals("CommentarySemesterMissingAssessment", d.reasons().get(0).rule());
        assertEquals(List.of("TT22 Art. 9.1.a"), d.citations());
    }

    @Test
    void oneAssessmentNotPassedIsNotPass() {
        Decision<CommentaryResult> d = REGULATIONS.commentarySemesterResult(2, 2, 1);
        assertEquals(CommentaryResult.CHUA_DAT, d.value());
        assertEquals("CommentarySemesterFailedAssessment", d.reasons().get(0).rule());
    }

    @Test
    void yearResultIsThatOfSemesterTwo() {
        Decision<CommentaryResult> d = REGULATIONS.commentaryYearResult(CommentaryResult.CHUA_DAT, CommentaryResult.DAT);
        assertEquals(CommentaryResult.DAT, d.value());
        assertEquals(List.of("TT22 Art. 9.1.a"), d.citations());
        assertEquals(CommentaryResult.CHUA_DAT,
                REGULATIONS.commentaryYearResult(CommentaryResult.DAT, CommentaryResult.CHUA_DAT).value());
    }

    @Test
    void impossibleCountsAreRejectedNamingTheField() {
        assertEquals("failed", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.commentarySemesterResult(2, 1, 2)).field());
        assertEquals("required", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.commentarySemesterResult(0, 1, 0)).field());
        assertEquals("semester2", assertThrows(InvalidFactException.class,
                () -> REGULATIONS.commentaryYearResult(CommentaryResult.DAT, null)).field());
    }
}
