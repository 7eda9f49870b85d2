package vn.khaothi.engine.domain.remote;

import vn.khaothi.itembank.domain.workflow.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;
import vn.khaothi.rules.online.AssessmentKind;
import vn.khaothi.rules.online.ForceMajeureReason;

/** Shared people, sittings and the real rules facade for the remote-assessment tests. */
final class Fixtures {

    /** The real rules (2025-2026): every reason and citation in these tests comes from the DRL. */
    static final Regulations RULES = Regulations.forSchoolYear(SchoolYear.of(2025));

    static final Instant NOW = Instant.parse("2025-10-20T01:00:00Z");
    static final Instant CLOSES = Instant.parse("2025-10-27T03:00:00Z");

    static final Actor STUDENT = Actor.of("hs001", Role.STUDENT);
    static final Actor OTHER_STUDENT = Actor.of("hs002", Role.STUDENT);
    static final Actor HOMEROOM = Actor.of("gvcn.9a1", Role.TEACHER);
    static final Actor MATH_TEACHER = Actor.of("gv.toan", Role.TEACHER);
    static final Actor OTHER_TEACHER = Actor.of("gv.van", Role.TEACHER);
    static final Actor PRINCIPAL = Actor.of("hieutruong", Role.PRINCIPAL);
    static final Actor DEPUTY = Actor.of("phohieutruong", Role.DEPUTY_PRINCIPAL);
    static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    static final SittingRef MIDTERM = new SittingRef("s-math-gk1", AssessmentKind.MIDTERM, CLOSES, "2025-2026/1", "9A1", "MATH");
    static final SittingRef REGULAR = new SittingRef("s-math-tx1", AssessmentKind.REGULAR, CLOSES, "2025-2026/1", "9A1", "MATH");

    static final EvidenceRef MEDICAL_NOTE = new EvidenceRef("f-1", "application/pdf", 120_000);

    /**
     * gvcn.9a1 is hs001's homeroom teacher; gv.toan teaches hs001 Mathematics; nobody else teaches hs001.
     * hs001-hs040 (9A1) sit the fixture sittings; hs041 and later (9A2) do not.
     */
    static final StudentTeachers TEACHERS = new StudentTeachers() {
        @Override
        public boolean isHomeroomTeacher(String teacherId, String studentId) {
            return teacherId.equals("gvcn.9a1") && studentId.equals("hs001");
        }

        @Override
        public boolean teachesSubject(String teacherId, String studentId, String subjectCode) {
            return teacherId.equals("gv.toan") && studentId.equals("hs001") && subjectCode.equals("MATH");
        }

        @Override
        public boolean isCandidate(String studentId, String sittingId) {
            return studentId.compareTo("hs041") < 0;
        }
    };

    private Fixtures() {
    }

    static Filing illness(SittingRef sitting) {
        return new Filing("hs001", sitting, ForceMajeureReason.ILLNESS, "Sốt xuất huyết, nằm viện", List.of(MEDICAL_NOTE));
    }

    static RemoteRequest filedIllness() {
        return RemoteRequest.file("r-1", illness(MIDTERM), HOMEROOM, TEACHERS, RULES, NOW);
    }

    static Delegation delegation(String scope, Instant from, Instant until) {
        return Delegation.record("d-1", "hieutruong", "phohieutruong", scope, from, until, PRINCIPAL, NOW.minus(30, ChronoUnit.DAYS));
    }

    static Delegation currentDelegation() {
        return delegation(Delegation.REMOTE_ASSESSMENT, NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS));
    }
}
