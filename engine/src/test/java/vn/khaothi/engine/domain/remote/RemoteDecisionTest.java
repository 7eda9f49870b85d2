package vn.khaothi.engine.domain.remote;

import vn.khaothi.itembank.domain.workflow.Actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.engine.domain.remote.Fixtures.*;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.rules.online.ForceMajeureReason;

/** Deciding a request: the principal, a deputy under a delegation, and everyone who may not. */
class RemoteDecisionTest {

    @Test
    void thePrincipalApprovesWithAForm() {
        RemoteRequest request = filedIllness();
        RemoteDecision decision = request.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW);

        assertEquals(RequestStatus.APPROVED, request.status());
        assertTrue(decision.approved());
        assertEquals(RemoteForm.ONLINE_PROCTORED, decision.form());
        assertEquals("hieutruong", decision.decidedBy());
        assertEquals(Role.PRINCIPAL, decision.decidedAs());
        assertNull(decision.onBehalfOf());
        assertEquals("Hiệu trưởng", decision.signature());
        assertFalse(decision.makeUpInPerson());
        assertEquals(decision, request.decision().orElseThrow());
    }

    @Test
    void aDeputyWithACurrentDelegationSignsKtOnThePrincipalsBehalf() {
        RemoteRequest request = filedIllness();
        Delegation delegation = currentDelegation();
        RemoteDecision decision = request.decide(DEPUTY, List.of(delegation), true, RemoteForm.ONLINE_ORAL, "Vấn đáp qua video", NOW);

        assertEquals("phohieutruong", decision.decidedBy());
        assertEquals(Role.DEPUTY_PRINCIPAL, decision.decidedAs());
        assertEquals("hieutruong", decision.onBehalfOf());
        assertEquals(delegation.id(), decision.delegationId());
        assertTrue(decision.signature().startsWith("KT. Hiệu trưởng"), decision.signature());
        assertEquals(RemoteForm.ONLINE_ORAL, decision.form());
    }

    @Test
    void aRejectionNeedsANoteAndPointsToAnInPersonMakeUp() {
        RemoteRequest request = filedIllness();
        assertEquals("NOTE_REQUIRED", assertThrows(InvalidRemoteRequestException.class,
                () -> request.decide(PRINCIPAL, List.of(), false, null, " ", NOW)).detail());
        assertEquals(RequestStatus.PENDING, request.status(), "a refused step changes nothing");

        RemoteDecision decision = request.decide(PRINCIPAL, List.of(), false, RemoteForm.ONLINE_PROCTORED,
                "Giấy khám bệnh không rõ ngày; kiểm tra bù trực tiếp", NOW);
        assertEquals(RequestStatus.REJECTED, request.status());
        assertFalse(decision.approved());
        assertNull(decision.form(), "a rejection has no form");
        assertTrue(decision.makeUpInPerson());
    }

    @Test
    void anApprovalNeedsAForm() {
        RemoteRequest request = filedIllness();
        InvalidRemoteRequestException refused = assertThrows(InvalidRemoteRequestException.class,
                () -> request.decide(PRINCIPAL, List.of(), true, null, null, NOW));
        assertEquals("FORM_REQUIRED", refused.detail());
        assertEquals("form", refused.field());
    }

    @Test
    void aRequestTheRulesFoundIneligibleCanOnlyBeRejected() {
        Filing noEvidence = new Filing("hs001", MIDTERM, ForceMajeureReason.ILLNESS, null, List.of());
        RemoteRequest request = RemoteRequest.file("r-2", noEvidence, HOMEROOM, TEACHERS, RULES, NOW);
        assertEquals("NOT_ELIGIBLE", assertThrows(InvalidRemoteRequestException.class,
                () -> request.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW)).detail());
        request.decide(PRINCIPAL, List.of(), false, null, "Thiếu minh chứng", NOW);
        assertEquals(RequestStatus.REJECTED, request.status());
    }

    @Test
    void aTeacherCannotDecide() {
        for (Actor teacher : List.of(HOMEROOM, MATH_TEACHER, Actor.of("totruong.toan", Role.TEACHER, Role.DEPARTMENT_HEAD))) {
            RemoteRequest request = filedIllness();
            NotAllowedException refused = assertThrows(NotAllowedException.class,
                    () -> request.decide(teacher, List.of(currentDelegation()), true, RemoteForm.ONLINE_PROCTORED, null, NOW),
                    teacher.username());
            assertEquals("NOT_ALLOWED", refused.code());
            assertEquals("NOT_A_DECIDER", refused.detail());
            assertEquals(RequestStatus.PENDING, request.status());
        }
    }

    @Test
    void aStudentOrAnAdministratorCannotDecide() {
        for (Actor other : List.of(STUDENT, ADMIN)) {
            RemoteRequest request = filedIllness();
            assertEquals("NOT_A_DECIDER", assertThrows(NotAllowedException.class,
                    () -> request.decide(other, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW)).detail());
        }
    }

    @Test
    void aDeputyWithoutADelegationCannotDecide() {
        RemoteRequest request = filedIllness();
        NotAllowedException refused = assertThrows(NotAllowedException.class,
                () -> request.decide(DEPUTY, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW));
        assertEquals("NOT_ALLOWED", refused.code());
        assertEquals("NO_CURRENT_DELEGATION", refused.detail());
        assertEquals(RequestStatus.PENDING, request.status());
    }

    @Test
    void aDeputyWhoseDelegationExpiredCannotDecide() {
        Delegation expired = delegation(Delegation.REMOTE_ASSESSMENT, NOW.minus(30, ChronoUnit.DAYS), NOW);
        RemoteRequest request = filedIllness();
        assertEquals("NO_CURRENT_DELEGATION", assertThrows(NotAllowedException.class,
                () -> request.decide(DEPUTY, List.of(expired), true, RemoteForm.ONLINE_PROCTORED, null, NOW)).detail(),
                "the period is half-open: valid until, not including, its end");
        request.decide(DEPUTY, List.of(expired), true, RemoteForm.ONLINE_PROCTORED, null, NOW.minusMillis(1));
        assertEquals(RequestStatus.APPROVED, request.status(), "one millisecond earlier it was still valid");
    }

    @Test
    void aDeputyWhoseDelegationHasNotStartedCannotDecide() {
        Delegation future = delegation(Delegation.REMOTE_ASSESSMENT, NOW.plus(1, ChronoUnit.DAYS), NOW.plus(9, ChronoUnit.DAYS));
        assertEquals("NO_CURRENT_DELEGATION", assertThrows(NotAllowedException.class,
                () -> filedIllness().decide(DEPUTY, List.of(future), true, RemoteForm.ONLINE_PROCTORED, null, NOW)).detail());
    }

    @Test
    void aDeputyWithADelegationOfAnotherScopeCannotDecide() {
        Delegation papers = delegation("PAPER_APPROVAL", NOW.minus(1, ChronoUnit.DAYS), NOW.plus(9, ChronoUnit.DAYS));
        assertEquals("NO_CURRENT_DELEGATION", assertThrows(NotAllowedException.class,
                () -> filedIllness().decide(DEPUTY, List.of(papers), true, RemoteForm.ONLINE_PROCTORED, null, NOW)).detail());
    }

    @Test
    void aDelegationToSomeoneElseDoesNotCount() {
        Delegation toOther = Delegation.record("d-2", "hieutruong", "phohieutruong2", Delegation.REMOTE_ASSESSMENT,
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(9, ChronoUnit.DAYS), PRINCIPAL, NOW);
        assertThrows(NotAllowedException.class,
                () -> filedIllness().decide(DEPUTY, List.of(toOther), true, RemoteForm.ONLINE_PROCTORED, null, NOW));
    }

    @Test
    void decidingTwiceIsAConflictButAnOutsiderIsRefusedBeforeTheStateIsRevealed() {
        RemoteRequest request = filedIllness();
        request.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW);

        ConflictException twice = assertThrows(ConflictException.class,
                () -> request.decide(PRINCIPAL, List.of(), false, null, "Đổi ý", NOW));
        assertEquals("CONFLICT", twice.code());
        assertEquals("ALREADY_DECIDED", twice.detail());
        assertThrows(ConflictException.class,
                () -> request.decide(DEPUTY, List.of(currentDelegation()), true, RemoteForm.ONLINE_ORAL, null, NOW));
        assertThrows(NotAllowedException.class,
                () -> request.decide(MATH_TEACHER, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW));
        assertEquals(RequestStatus.APPROVED, request.status());
        assertEquals(RemoteForm.ONLINE_PROCTORED, request.decision().orElseThrow().form());
    }

    @Test
    void onlyThePrincipalHimselfOrAnAdministratorRecordsADelegation() {
        Delegation byAdmin = Delegation.record("d-3", "hieutruong", "phohieutruong", Delegation.REMOTE_ASSESSMENT,
                NOW, NOW.plus(1, ChronoUnit.DAYS), ADMIN, NOW);
        assertEquals("admin", byAdmin.recordedBy());
        assertEquals("NOT_PRINCIPAL", assertThrows(NotAllowedException.class, () -> Delegation.record("d-4", "hieutruong",
                "phohieutruong", Delegation.REMOTE_ASSESSMENT, NOW, NOW.plus(1, ChronoUnit.DAYS), DEPUTY, NOW)).detail(),
                "a deputy cannot delegate to himself");
        assertThrows(NotAllowedException.class, () -> Delegation.record("d-5", "hieutruong", "phohieutruong",
                Delegation.REMOTE_ASSESSMENT, NOW, NOW.plus(1, ChronoUnit.DAYS), Actor.of("hieutruong.khac", Role.PRINCIPAL), NOW));
        assertEquals("PERIOD", assertThrows(InvalidRemoteRequestException.class, () -> Delegation.record("d-6", "hieutruong",
                "phohieutruong", Delegation.REMOTE_ASSESSMENT, NOW, NOW, PRINCIPAL, NOW)).detail());
        assertEquals("DEPUTY", assertThrows(InvalidRemoteRequestException.class, () -> Delegation.record("d-7", "hieutruong",
                "hieutruong", Delegation.REMOTE_ASSESSMENT, NOW, NOW.plus(1, ChronoUnit.DAYS), PRINCIPAL, NOW)).detail());
    }

    // ---- issue 11, finding 7 ---------------------------------------------------------------------

    @Test
    void aDelegationLastsASchoolYearAtMost() {
        assertEquals("PERIOD_TOO_LONG", assertThrows(InvalidRemoteRequestException.class, () -> Delegation.record("d-8",
                "hieutruong", "phohieutruong", Delegation.REMOTE_ASSESSMENT, NOW, NOW.plus(110 * 365, ChronoUnit.DAYS),
                PRINCIPAL, NOW)).detail(), "the probe's 110 years");
        Delegation year = Delegation.record("d-9", "hieutruong", "phohieutruong", Delegation.MATERIALS_APPROVAL, NOW,
                NOW.plus(Delegation.MAX_PERIOD), PRINCIPAL, NOW);
        assertEquals(NOW.plus(Delegation.MAX_PERIOD), year.validUntil());
    }

    @Test
    void onlyTheSchoolsPrincipalDelegates() {
        Delegation.requireSchoolPrincipal("hieutruong", List.of("hieutruong"));
        assertEquals("NOT_THE_PRINCIPAL", assertThrows(InvalidRemoteRequestException.class,
                () -> Delegation.requireSchoolPrincipal("gv.toan", List.of("hieutruong"))).detail(),
                "the probe: an admin named gv.toan as the principal");
    }

    @Test
    void thePrincipalOrAnAdminRevokesADelegationWhichEndsNow() {
        Delegation d = Delegation.record("d-10", "hieutruong", "phohieutruong", Delegation.REMOTE_ASSESSMENT,
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS), PRINCIPAL, NOW);
        assertTrue(d.covers("phohieutruong", Delegation.REMOTE_ASSESSMENT, NOW));
        assertThrows(NotAllowedException.class, () -> d.revoke(DEPUTY, NOW), "not the deputy");
        Delegation revoked = d.revoke(PRINCIPAL, NOW);
        assertFalse(revoked.covers("phohieutruong", Delegation.REMOTE_ASSESSMENT, NOW));
        assertEquals(NOW, revoked.validUntil());
        assertEquals("DELEGATION_OVER", assertThrows(ConflictException.class, () -> revoked.revoke(ADMIN, NOW)).detail());
        assertEquals(NOW, d.revoke(ADMIN, NOW).validUntil(), "an administrator may revoke too");
    }
}
