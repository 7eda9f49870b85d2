package vn.khaothi.engine.domain.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.engine.domain.remote.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.rules.online.OnlineRequirement;

/** May a student start an online attempt of a periodic sitting? The rules answer, with citations. */
class OnlineAttemptEnforcementTest {

    private final OnlineAttemptEnforcement enforcement = new OnlineAttemptEnforcement(RULES);

    @Test
    void withoutAnyRequestAPeriodicSittingIsNotPermittedOnline() {
        OnlineAttemptAnswer answer = enforcement.check("hs001", MIDTERM, List.of(), true);

        assertFalse(answer.allowed());
        assertEquals(List.of(OnlineRequirement.FORCE_MAJEURE_REASON, OnlineRequirement.PRINCIPAL_AUTHORIZATION),
                answer.requires());
        assertEquals(List.of("TT09 Art. 6", "Seed 002 §2.4.3", "Seed 004 §3.4.c"), answer.citations());
        assertTrue(answer.reasons().stream().anyMatch(r -> r.rule().equals("PeriodicOnlineNeedsPrincipal")));
        assertNull(answer.requestId());
        OnlineNotPermittedException refused = assertThrows(OnlineNotPermittedException.class, answer::orThrow);
        assertEquals("ONLINE_NOT_PERMITTED", refused.code());
        assertSame(answer, refused.answer());
    }

    @Test
    void aPendingRequestIsNotAnAuthorisation() {
        RemoteRequest pending = filedIllness();
        OnlineAttemptAnswer answer = enforcement.check("hs001", MIDTERM, List.of(pending), true);
        assertFalse(answer.allowed());
        assertEquals(List.of(OnlineRequirement.PRINCIPAL_AUTHORIZATION), answer.requires());
        assertEquals(RequestStatus.PENDING, answer.requestStatus());
    }

    @Test
    void anApprovedRequestWithAProctorConnectedIsPermitted() {
        RemoteRequest approved = filedIllness();
        approved.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW);

        OnlineAttemptAnswer answer = enforcement.check("hs001", MIDTERM, List.of(approved), true);
        assertTrue(answer.allowed());
        assertEquals(List.of(), answer.requires());
        assertEquals("ForceMajeureOnlineAllowed", answer.reasons().get(answer.reasons().size() - 1).rule());
        assertEquals(List.of("TT09 Art. 6", "Seed 002 §2.4.3", "Seed 004 §3.4.c"), answer.citations());
        assertEquals(approved.id(), answer.requestId());
        assertSame(answer, answer.orThrow());
    }

    @Test
    void anApprovedRequestWithoutAConnectedProctorIsNotPermitted() {
        RemoteRequest approved = filedIllness();
        approved.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW);

        OnlineAttemptAnswer answer = enforcement.check("hs001", MIDTERM, List.of(approved), false);
        assertFalse(answer.allowed());
        assertEquals(List.of(OnlineRequirement.LIVE_PROCTORING), answer.requires());
        assertTrue(answer.reasons().stream().anyMatch(r -> r.rule().equals("PeriodicOnlineNeedsLiveProctoring")));
    }

    @Test
    void anotherStudentsApprovalDoesNotCount() {
        RemoteRequest approved = filedIllness();
        approved.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW);
        OnlineAttemptAnswer answer = enforcement.check("hs002", MIDTERM, List.of(approved), true);
        assertFalse(answer.allowed());
        assertNull(answer.requestId());
    }

    @Test
    void anApprovalForAnotherSittingDoesNotCount() {
        RemoteRequest approved = filedIllness();
        approved.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW);
        SittingRef finalTest = new SittingRef("s-math-ck1", vn.khaothi.rules.online.AssessmentKind.FINAL, CLOSES,
                "2025-2026/1", "9A1", "MATH");
        assertFalse(enforcement.check("hs001", finalTest, List.of(approved), true).allowed());
    }

    @Test
    void anOralApprovalDoesNotOpenAComputerAttempt() {
        RemoteRequest oral = filedIllness();
        oral.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_ORAL, null, NOW);
        OnlineAttemptAnswer answer = enforcement.check("hs001", MIDTERM, List.of(oral), true);
        assertFalse(answer.allowed());
        assertEquals(RemoteForm.ONLINE_ORAL, answer.approvedForm());
        assertEquals(List.of(OnlineRequirement.PRINCIPAL_AUTHORIZATION), answer.requires());
    }

    @Test
    void aRejectedRequestPointsToTheInPersonMakeUp() {
        RemoteRequest rejected = filedIllness();
        rejected.decide(PRINCIPAL, List.of(), false, null, "Kiểm tra bù trực tiếp", NOW);
        OnlineAttemptAnswer answer = enforcement.check("hs001", MIDTERM, List.of(rejected), true);
        assertFalse(answer.allowed());
        assertTrue(answer.makeUpInPerson());
        assertEquals(RequestStatus.REJECTED, answer.requestStatus());
    }

    @Test
    void aRegularAssessmentMayBeOnlineWithoutARequest() {
        OnlineAttemptAnswer answer = enforcement.check("hs001", REGULAR, List.of(), false);
        assertTrue(answer.allowed());
        assertEquals("RegularAssessmentMayBeOnline", answer.reasons().get(0).rule());
    }

    @Test
    void aRetestSittingIsNeverOnlineEvenWithARequestAndAProctor() {
        // issue 16: the directives keep retests in person; before, a complete retest request went to the principal
        SittingRef retest = new SittingRef("s-math-kl", vn.khaothi.rules.online.AssessmentKind.RETEST, CLOSES,
                "2025-2026/2", "9A1", "MATH");
        RemoteRequest filed = RemoteRequest.file("r-9", illness(retest), HOMEROOM, TEACHERS, RULES, NOW);
        assertFalse(filed.eligibility().eligible());
        assertEquals(List.of("RETEST_IN_PERSON"), filed.eligibility().obstacles());
        OnlineAttemptAnswer answer = enforcement.check("hs001", retest, List.of(filed), true);
        assertFalse(answer.allowed());
        assertTrue(answer.reasons().stream().anyMatch(r -> r.rule().equals("RetestIsNeverOnline")));
    }
}
