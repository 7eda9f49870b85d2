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

/** TT09 Art. 6, the directives and school policy: which remote requests reach the principal. */
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
        assertEquals(List.of("TT09 Art. 6"), d.citations());
        assertEquals("RemoteRequestGoesToPrincipal", d.reasons().get(0).rule());
    }

    @Test
    void aRequestAtTheClosingInstantIsStillInTimeButOneSecondLaterIsNotBySchoolPolicy() {
        assertTrue(request(AssessmentKind.MIDTERM, ForceMajeureReason.DISASTER, null, 1, CLOSES).value().eligible());
        Decision<RemoteEligibility> late = request(AssessmentKind.MIDTERM, ForceMajeureReason.DISASTER, null, 1,
                CLOSES.plusSeconds(1));
        assertFalse(late.value().eligible());
        assertEquals(List.of("SITTING_CLOSED"), late.value().obstacles());
        assertEquals("RequestAfterSittingClosed", late.reasons().get(0).rule());
        assertEquals(List.of("School policy"), late.citations());
    }

    @Test
    void aRegularTestNeedsNoRequest() {
        Decision<RemoteEligibility> d = request(AssessmentKind.REGULAR, ForceMajeureReason.ILLNESS, null, 1,
                CLOSES.minusSeconds(60));
        assertFalse(d.value().eligible());
        assertEquals(List.of("NOT_NEEDED_FOR_REGULAR"), d.value().obstacles());
        assertEquals(List.of("TT09 Art. 6"), d.citations());
    }

    @Test
    void aRetestRequestCanNeverGoToThePrincipal() {
        // failed before: a complete retest request was eligible
        Decision<RemoteEligibility> d = request(AssessmentKind.RETEST, ForceMajeureReason.ILLNESS, null, 2,
                CLOSES.minusSeconds(60));
        assertFalse(d.value().eligible());
        assertEquals(List.of("RETEST_IN_PERSON"), d.value().obstacles());
        assertTrue(d.citations().contains("Seed 004 §3.4.c"));
    }

    @Test
    void anOfficialDutyRequestIsAMakeUpInPerson() {
        Decision<RemoteEligibility> d = request(AssessmentKind.MIDTERM, ForceMajeureReason.OFFICIAL_DUTY, null, 1,
                CLOSES.minusSeconds(60));
        assertFalse(d.value().eligible());
        assertEquals(List.of("NOT_FORCE_MAJEURE"), d.value().obstacles());
        assertEquals(List.of("TT09 Art. 6", "TT22 Art. 7"), d.citations());
    }

    @Test
    void reasonEvidenceAndExplanationAreEachRequired() {
        Decision<RemoteEligibility> bare = request(AssessmentKind.FINAL, null, null, 0, CLOSES.minusSeconds(60));
        assertEquals(List.of("EVIDENCE", "FORCE_MAJEURE_REASON"), bare.value().obstacles());
        assertTrue(bare.citations().containsAll(List.of("TT09 Art. 6", "School policy")));
        assertEquals(List.of("WRITTEN_EXPLANATION"),
                request(AssessmentKind.MAKEUP, ForceMajeureReason.OTHER, "", 2, CLOSES.minusSeconds(60)).value().obstacles());
        assertTrue(request(AssessmentKind.MAKEUP, ForceMajeureReason.OTHER, "Đám cưới chị gái ở tỉnh xa", 2,
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
