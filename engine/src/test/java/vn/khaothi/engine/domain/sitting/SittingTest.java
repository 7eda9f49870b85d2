package vn.khaothi.engine.domain.sitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.rules.online.AssessmentKind;

/** A stored sitting: its phase follows from its window and the clock; who may review when; who is staff. */
class SittingTest {

    private static final Instant OPENS = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofHours(2));

    private static Sitting sitting(SittingMode mode, ReviewPolicy review) {
        return new Sitting(1, 2, "Toán 9 — 15 phút", AssessmentKind.REGULAR, "TOAN", 9, mode, OPENS, CLOSES, 45, "9A",
                false, review, "gv.toan", OPENS.minus(Duration.ofDays(1)), StaggeredStart.NONE);
    }

    @Test
    void theWindowIsOpenFromItsOpeningUpToButNotIncludingItsClose() {
        Sitting s = sitting(SittingMode.IN_PERSON, ReviewPolicy.AFTER_SUBMIT);
        assertEquals(SittingPhase.NOT_OPEN, s.phaseAt(OPENS.minusMillis(1)));
        assertEquals(SittingPhase.OPEN, s.phaseAt(OPENS), "open at the opening instant");
        assertEquals(SittingPhase.OPEN, s.phaseAt(CLOSES.minusMillis(1)));
        assertEquals(SittingPhase.CLOSED, s.phaseAt(CLOSES), "closed at the closing instant");
        assertTrue(s.isOpenAt(OPENS.plusSeconds(60)));
        assertFalse(s.isOpenAt(CLOSES.plusSeconds(60)));
    }

    @Test
    void afterSubmitShowsResultsOnceTheAttemptIsClosedEvenWhileTheSittingRuns() {
        Sitting s = sitting(SittingMode.ONLINE, ReviewPolicy.AFTER_SUBMIT);
        Instant during = OPENS.plusSeconds(600);
        assertFalse(s.showsResults(false, during), "never while the attempt is open");
        assertTrue(s.showsResults(true, during));
    }

    @Test
    void afterCloseWaitsForTheSittingToCloseForEveryone() {
        Sitting s = sitting(SittingMode.ONLINE, ReviewPolicy.AFTER_CLOSE);
        assertFalse(s.showsResults(true, CLOSES.minusMillis(1)), "a classmate may still be writing");
        assertTrue(s.showsResults(true, CLOSES));
        assertFalse(s.showsResults(false, CLOSES.plusSeconds(60)), "an attempt still open shows nothing");
    }

    @Test
    void neverShowsNothingEver() {
        Sitting s = sitting(SittingMode.ONLINE, ReviewPolicy.NEVER);
        assertFalse(s.showsResults(true, CLOSES.plus(Duration.ofDays(30))));
    }

    @Test
    void modeAndReviewPolicyAreParsedFromTheContractCodes() {
        assertEquals(SittingMode.ONLINE, SittingMode.parse("ONLINE"));
        assertEquals(SittingMode.IN_PERSON, SittingMode.parse("IN_PERSON"));
        InvalidSitting mode = assertThrows(InvalidSitting.class, () -> SittingMode.parse("online"));
        assertEquals("mode", mode.field());
        assertEquals("mode is ONLINE or IN_PERSON", mode.getMessage());
        assertEquals("mode", assertThrows(InvalidSitting.class, () -> SittingMode.parse(null)).field());

        assertEquals(ReviewPolicy.AFTER_SUBMIT, ReviewPolicy.parse(null), "none given: after the submit");
        assertEquals(ReviewPolicy.AFTER_CLOSE, ReviewPolicy.parse("AFTER_CLOSE"));
        InvalidSitting review = assertThrows(InvalidSitting.class, () -> ReviewPolicy.parse("LATER"));
        assertEquals("reviewPolicy", review.field());
        assertEquals("reviewPolicy is AFTER_SUBMIT, AFTER_CLOSE or NEVER", review.getMessage());
    }

    @Test
    void onlineIsTheModeNotAGuess() {
        assertTrue(sitting(SittingMode.ONLINE, ReviewPolicy.NEVER).online());
        assertFalse(sitting(SittingMode.IN_PERSON, ReviewPolicy.NEVER).online());
    }

    @Test
    void staffIsAnyOfTheFiveStaffRolesAndNotAStudent() {
        assertTrue(Sitting.isStaff(List.of("TEACHER")));
        assertTrue(Sitting.isStaff(List.of("STUDENT", "ADMIN")));
        assertFalse(Sitting.isStaff(List.of("STUDENT")));
        assertFalse(Sitting.isStaff(List.of("PARENT")));
        assertFalse(Sitting.isStaff(List.of()));
    }
}
