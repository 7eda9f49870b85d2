package vn.khaothi.engine.domain.remote;

import vn.khaothi.itembank.domain.workflow.Actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.engine.domain.remote.Fixtures.*;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.rules.Reason;
import vn.khaothi.rules.online.ForceMajeureReason;

/** Filing a request: who may file, what it needs, and the rules' eligibility kept with it. */
class RemoteRequestTest {

    @Test
    void aHomeroomTeacherFilesAnEligibleRequestWithTheRulesReasonsAndCitations() {
        RemoteRequest request = filedIllness();

        assertEquals(RequestStatus.PENDING, request.status());
        assertEquals(FilerRole.HOMEROOM_TEACHER, request.filedAs());
        assertEquals("gvcn.9a1", request.filedBy());
        assertTrue(request.eligibility().eligible());
        assertEquals(List.of(), request.eligibility().obstacles());
        assertEquals(List.of("TT09 Art. 6"), request.eligibility().citations());
        Reason reason = request.eligibility().reasons().get(0);
        assertEquals("RemoteRequestGoesToPrincipal", reason.rule());
        assertEquals("TT09 Art. 6", reason.citation());
        assertTrue(reason.vi().contains("hiệu trưởng"), reason.vi());
        assertTrue(reason.en().contains("illness"), reason.en());
        assertTrue(request.decision().isEmpty());
    }

    @Test
    void theStudentAndASubjectTeacherMayFileToo() {
        assertEquals(FilerRole.STUDENT, RemoteRequest.file("r-2", illness(MIDTERM), STUDENT, TEACHERS, RULES, NOW).filedAs());
        assertEquals(FilerRole.SUBJECT_TEACHER,
                RemoteRequest.file("r-3", illness(MIDTERM), MATH_TEACHER, TEACHERS, RULES, NOW).filedAs());
    }

    @Test
    void aStudentCannotFileForAnotherStudent() {
        NotAllowedException refused = assertThrows(NotAllowedException.class,
                () -> RemoteRequest.file("r-2", illness(MIDTERM), OTHER_STUDENT, TEACHERS, RULES, NOW));
        assertEquals("NOT_ALLOWED", refused.code());
        assertEquals("NOT_YOUR_REQUEST", refused.detail());
    }

    @Test
    void nobodyFilesForASittingTheStudentIsNotIn() {
        // The probe: a 9A2 student (hs059) filing for a 9A1 sitting; also her homeroom teacher filing for her.
        Actor outsider = Actor.of("hs059", Role.STUDENT);
        Filing notHers = new Filing("hs059", MIDTERM, ForceMajeureReason.ILLNESS, "Sốt cao", List.of(MEDICAL_NOTE));
        NotAllowedException refused = assertThrows(NotAllowedException.class,
                () -> RemoteRequest.file("r-9", notHers, outsider, TEACHERS, RULES, NOW));
        assertEquals("NOT_ALLOWED", refused.code());
        assertEquals("NOT_A_CANDIDATE", refused.detail());
        assertThrows(NotAllowedException.class, () -> RemoteRequest.mayFile(outsider, "hs059", MIDTERM, TEACHERS));
    }

    @Test
    void aTeacherWhoDoesNotTeachTheStudentCannotFileNorCanThePrincipal() {
        for (Actor outsider : List.of(OTHER_TEACHER, PRINCIPAL, ADMIN)) {
            NotAllowedException refused = assertThrows(NotAllowedException.class,
                    () -> RemoteRequest.file("r-2", illness(MIDTERM), outsider, TEACHERS, RULES, NOW), outsider.username());
            assertEquals("NOT_STUDENTS_TEACHER", refused.detail());
        }
    }

    @Test
    void aMathTeacherIsNotASubjectTeacherForASittingOfAnotherSubject() {
        SittingRef literature = new SittingRef("s-lit", MIDTERM.kind(), CLOSES, "2025-2026/1", "9A1", "LITERATURE");
        assertThrows(NotAllowedException.class,
                () -> RemoteRequest.file("r-2", illness(literature), MATH_TEACHER, TEACHERS, RULES, NOW));
    }

    @Test
    void otherWithoutAWrittenExplanationIsRefused() {
        for (String blank : new String[] {null, "", "   "}) {
            Filing filing = new Filing("hs001", MIDTERM, ForceMajeureReason.OTHER, blank, List.of(MEDICAL_NOTE));
            InvalidRemoteRequestException refused = assertThrows(InvalidRemoteRequestException.class,
                    () -> RemoteRequest.file("r-2", filing, HOMEROOM, TEACHERS, RULES, NOW));
            assertEquals("INVALID", refused.code());
            assertEquals("EXPLANATION_REQUIRED", refused.detail());
            assertEquals("explanation", refused.field());
        }
        Filing explained = new Filing("hs001", MIDTERM, ForceMajeureReason.OTHER, "  Thi học sinh giỏi cấp tỉnh  ",
                List.of(MEDICAL_NOTE));
        RemoteRequest request = RemoteRequest.file("r-3", explained, HOMEROOM, TEACHERS, RULES, NOW);
        assertEquals("Thi học sinh giỏi cấp tỉnh", request.explanation());
        assertTrue(request.eligibility().eligible());
    }

    @Test
    void aReasonIsRequired() {
        Filing filing = new Filing("hs001", MIDTERM, null, null, List.of(MEDICAL_NOTE));
        assertEquals("REASON_REQUIRED", assertThrows(InvalidRemoteRequestException.class,
                () -> RemoteRequest.file("r-2", filing, HOMEROOM, TEACHERS, RULES, NOW)).detail());
    }

    @Test
    void withoutEvidenceTheRulesSayNotEligibleAndWhy() {
        Filing filing = new Filing("hs001", MIDTERM, ForceMajeureReason.DISASTER, null, List.of());
        RemoteRequest request = RemoteRequest.file("r-2", filing, HOMEROOM, TEACHERS, RULES, NOW);

        assertEquals(RequestStatus.PENDING, request.status(), "still filed, for the principal to see");
        assertFalse(request.eligibility().eligible());
        assertEquals(List.of("EVIDENCE"), request.eligibility().obstacles());
        assertEquals("RequestWithoutEvidence", request.eligibility().reasons().get(0).rule());
        assertEquals(List.of("School policy"), request.eligibility().citations(), "evidence is school policy, not TT09");
    }

    @Test
    void aRequestFiledAfterTheSittingClosedIsNotEligibleForIt() {
        RemoteRequest late = RemoteRequest.file("r-2", illness(MIDTERM), HOMEROOM, TEACHERS, RULES,
                CLOSES.plus(1, ChronoUnit.HOURS));
        assertFalse(late.eligibility().eligible());
        assertEquals(List.of("SITTING_CLOSED"), late.eligibility().obstacles());
        assertEquals("RequestAfterSittingClosed", late.eligibility().reasons().get(0).rule());
    }

    @Test
    void aRegularAssessmentNeedsNoRequest() {
        RemoteRequest request = RemoteRequest.file("r-2", illness(REGULAR), HOMEROOM, TEACHERS, RULES, NOW);
        assertFalse(request.eligibility().eligible());
        assertEquals(List.of("NOT_NEEDED_FOR_REGULAR"), request.eligibility().obstacles());
    }

    @Test
    void evidenceMustBeAPdfOrAnImageOfAtMostTenMegabytes() {
        assertEquals("EVIDENCE_TYPE", assertThrows(InvalidRemoteRequestException.class,
                () -> new EvidenceRef("f-2", "application/x-msdownload", 1000)).detail());
        assertEquals("EVIDENCE_SIZE", assertThrows(InvalidRemoteRequestException.class,
                () -> new EvidenceRef("f-2", "image/png", EvidenceRef.MAX_BYTES + 1)).detail());
        assertEquals(EvidenceRef.MAX_BYTES, new EvidenceRef("f-2", "image/jpeg", EvidenceRef.MAX_BYTES).sizeBytes());
    }

    @Test
    void theFilerWithdrawsWhilePendingAndOnlyTheFiler() {
        RemoteRequest request = filedIllness();
        assertEquals("NOT_THE_FILER", assertThrows(NotAllowedException.class,
                () -> request.withdraw(STUDENT, NOW)).detail(), "the student did not file this one");
        assertEquals("NOT_THE_FILER", assertThrows(NotAllowedException.class,
                () -> request.withdraw(PRINCIPAL, NOW)).detail());

        request.withdraw(HOMEROOM, NOW);
        assertEquals(RequestStatus.WITHDRAWN, request.status());
        assertEquals(NOW, request.withdrawnAt().orElseThrow());
        assertEquals("WITHDRAWN", assertThrows(ConflictException.class, () -> request.withdraw(HOMEROOM, NOW)).detail());
        ConflictException decideWithdrawn = assertThrows(ConflictException.class,
                () -> request.decide(PRINCIPAL, List.of(), true, RemoteForm.ONLINE_PROCTORED, null, NOW));
        assertEquals("CONFLICT", decideWithdrawn.code());
    }

    @Test
    void withdrawingAfterADecisionIsAConflict() {
        RemoteRequest request = filedIllness();
        request.decide(PRINCIPAL, List.of(), false, null, "Kiểm tra bù trực tiếp ngày 03/11", NOW);
        ConflictException refused = assertThrows(ConflictException.class, () -> request.withdraw(HOMEROOM, NOW));
        assertEquals("CONFLICT", refused.code());
        assertEquals("ALREADY_DECIDED", refused.detail());
        assertEquals(RequestStatus.REJECTED, request.status());
    }

    @Test
    void theStudentTheFilerAndTheDecidersSeeTheRequestOtherStudentsDoNot() {
        RemoteRequest request = filedIllness();
        request.ensureVisibleTo(STUDENT, List.of(), NOW);
        request.ensureVisibleTo(HOMEROOM, List.of(), NOW);
        request.ensureVisibleTo(PRINCIPAL, List.of(), NOW);
        request.ensureVisibleTo(DEPUTY, List.of(currentDelegation()), NOW);

        assertEquals("NOT_YOUR_REQUEST", assertThrows(NotAllowedException.class,
                () -> request.ensureVisibleTo(OTHER_STUDENT, List.of(), NOW)).detail());
        assertThrows(NotAllowedException.class, () -> request.ensureVisibleTo(OTHER_TEACHER, List.of(), NOW));
        assertThrows(NotAllowedException.class, () -> request.ensureVisibleTo(DEPUTY, List.of(), NOW));
    }

    @Test
    void evidenceIsForTheDecidersOnly() {
        RemoteRequest request = filedIllness();
        request.ensureEvidenceVisibleTo(PRINCIPAL, List.of(), NOW);
        request.ensureEvidenceVisibleTo(DEPUTY, List.of(currentDelegation()), NOW);
        for (Actor other : List.of(OTHER_STUDENT, STUDENT, MATH_TEACHER)) {
            assertEquals("EVIDENCE_FOR_DECIDERS_ONLY", assertThrows(NotAllowedException.class,
                    () -> request.ensureEvidenceVisibleTo(other, List.of(), NOW)).detail(), other.username());
        }
    }
}
