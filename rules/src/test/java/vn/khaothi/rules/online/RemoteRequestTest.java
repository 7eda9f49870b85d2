package vn.khaothi.rules.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;

/** TT09 Art. 8 and the directives: which remote requests reach the principal. */
class RemoteRequestTest {

    private static final Instant CLOSES = Instant.parse("2026-12-20T09:30:00Z");

    private static Decision<RemoteEligibility> request(AssessmentKind kind, ForceMajeureReason reason, String explanation,
                                                       int evidence, Instant filedAt) {
        return REGULATIONS.remoteRequestEligibility(kind, reason, explanation, evidence, filedAt, CLOSES);
    }

    @Test
    void completeRequestBeforeTheSittingClosesGoesToThePrincipal() {
        Decision<RemoteEligibility> d = request(AssessmentKind.FINAL, ForceMajeureReason.ILLNESS, null, 1,
                CLOSES.minusSeconds(3600));
        assertTrue(d.value().eligible());
        assertEquals(List.of(), d.value().obstacles());
        assertEquals(List.of("TT09 Art. 8"), d.citations());
        assertEquals("RemoteRequestGoesToPrincipal", d.reasons().get(0).rule());
    }

    @Test
    void aRequestAtTheClosingInstantIsStillInTimeButOneSecondLaterIsNot() {
        assertTrue(request(AssessmentKind.MIDTERM, ForceMajeureReason.DISASTER, null, 1, CLOSES).value().eligible());
        Decision<RemoteEligibility> late = request(AssessmentKind.MIDTERM, ForceMajeureReason.DISASTER, null, 1,
                CLOSES.plusSeconds(1));
        assertFalse(late.value().eligible());
        assertEquals(List.of("SITTING_CLOSED"), late.value().obstacles());
        assertEquals("RequestAfterSittingClosed", late.reasons().get(0).rule());
    }

    @Test
    void aRegularTestNeedsNoRequest() {
        Decision<RemoteEligibility> d = request(AssessmentKind.REGULAR, ForceMajeureReason.ILLNESS, null, 1,
                CLOSES.minusSeconds(60));
        assertFalse(d.value().eligible());
        assertEquals(List.of("NOT_NEEDED_FOR_REGULAR"), d.value().obstacles());
        assertEquals(List.of("TT09 Art. 8"), d.citations());
    }

    @Test
    void reasonEvidenceAndExplanationAreEachRequired() {
        assertEquals(List.of("EVIDENCE", "FORCE_MAJEURE_REASON"),
                request(AssessmentKind.RETEST, null, null, 0, CLOSES.minusSeconds(60)).value().obstacles());
        assertEquals(List.of("WRITTEN_EXPLANATION"),
                request(AssessmentKind.RETEST, ForceMajeureReason.OTHER, "", 2, CLOSES.minusSeconds(60)).value().obstacles());
        assertTrue(request(AssessmentKind.RETEST, ForceMajeureReason.OTHER, "Đám cưới chị gái ở tỉnh xa", 2,
                CLOSES.minusSeconds(60)).value().eligible());
    }

    @Test
    void missingTimesAreRejectedNamingTheField() {
        assertEquals("filedAt", assertThrows(InvalidFactException.class,
                () -> request(AssessmentKind.FINAL, ForceMajeureReason.ILLNESS, null, 1, null)).field());
        assertEquals("evidence", assertThrows(InvalidFactException.class,
                () -> request(AssessmentKind.FINAL, ForceMajeureReason.ILLNESS, null, -1, CLOSES)).field());
    }
}
