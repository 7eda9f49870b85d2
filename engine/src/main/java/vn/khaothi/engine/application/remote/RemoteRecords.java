package vn.khaothi.engine.application.remote;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.jdbc.JdbcRemoteStore;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.RemoteRequest;

/**
 * What the remote-assessment pages show around the workflow: people's and sittings' names, the
 * students and sittings a filer may choose, the delegations, the semesters of the report and the
 * printable decision record. Read-only; who may see what is checked by the workflow before any of
 * this is called.
 */
public final class RemoteRecords {

    /** Sittings closed longer ago than this are not offered on the filing form. */
    static final Duration RECENT = Duration.ofDays(60);

    /** A request's people and sitting in words. */
    public record Labels(String studentName, String classCode, String filedByName, String decidedByName,
                         String sittingTitle, String sittingMode, Instant opensAt, String subjectVi, String subjectEn) {
    }

    /** A student a filer may choose. */
    public record StudentOption(String username, String fullName, String classCode) {
    }

    /** A sitting a request may be filed for. */
    public record SittingOption(String id, String title, String kind, String subjectCode, String classCode,
                                String mode, Instant opensAt, Instant closesAt) {
    }

    private final RemoteStore store;

    public RemoteRecords(RemoteStore store) {
        this.store = store;
    }

    /**
     * Reads over the data source without a transaction of their own (the gradebook's producer
     * makes one this way); the remote-assessment producer passes its JTA-backed store instead.
     */
    public RemoteRecords(DataSource dataSource) {
        this(JdbcRemoteStore.reading(dataSource));
    }

    public Labels labels(RemoteRequest r) {
        return store.inTransaction(s -> {
            DisplayNames d = s.names();
            DisplayNames.StudentInfo student = d.student(r.studentId());
            var sitting = d.sitting(r.sitting().sittingId());
            String[] subject = d.subjectName(r.sitting().subjectCode());
            return new Labels(student.fullName(), student.classCode() != null ? student.classCode() : r.sitting().classCode(),
                    d.displayName(r.filedBy()),
                    r.decision().isPresent() ? d.displayName(r.decision().get().decidedBy()) : null,
                    sitting.map(DisplayNames.SittingInfo::title).orElse(null),
                    sitting.map(DisplayNames.SittingInfo::mode).orElse(null),
                    sitting.map(DisplayNames.SittingInfo::opensAt).orElse(null), subject[0], subject[1]);
        });
    }

    /** The students this person may file for: themselves, or their homeroom and taught classes' students. */
    public List<StudentOption> students(Actor actor) {
        return store.inTransaction(s -> s.names().studentsOf(actor.username(), actor.has(Role.STUDENT)));
    }

    /** Periodic and retest sittings of the student (their class, or as a candidate), recent or to come. */
    public List<SittingOption> sittings(String studentUsername, Instant now) {
        return store.inTransaction(s -> s.names().sittingsOf(studentUsername, now.minus(RECENT)));
    }

    /** Every delegation recorded (for the principal or an admin), or those given to one deputy. */
    public List<Delegation> delegations(String deputyOrNull) {
        return store.inTransaction(s -> s.names().delegations(deputyOrNull));
    }

    /** The semesters that have requests, newest first (for the report's choice). */
    public List<String> semesters() {
        return store.inTransaction(s -> s.names().semesters());
    }

    /** Subject names by code: {vi, en}. */
    public Map<String, String[]> subjectNames() {
        return store.inTransaction(s -> s.names().subjectNames());
    }

    /** The usernames that hold a role (to offer deputies when recording a delegation). */
    public List<String[]> accountsWithRole(Role role) {
        return store.inTransaction(s -> s.names().accountsWithRole(role));
    }

    /**
     * The printable decision record (PDF) of a decided request, with its evidence list and the
     * audit entry of the decision (its hash anchors the paper to the chain).
     */
    public byte[] decisionRecord(RemoteRequest r, Map<String, EvidenceFile> evidence, List<AuditEntry> history) {
        DecisionRecordPdf.Facts facts = store.inTransaction(s -> {
            DisplayNames d = s.names();
            Set<String> ids = new LinkedHashSet<>();
            r.evidence().stream().map(EvidenceRef::fileId).forEach(ids::add);
            AuditEntry decisionEntry = history.stream()
                    .filter(e -> e.action().equals("REMOTE_REQUEST_APPROVED") || e.action().equals("REMOTE_REQUEST_REJECTED"))
                    .reduce((a, b) -> b).orElse(null);
            return new DecisionRecordPdf.Facts(d.schoolName(), r, d.student(r.studentId()),
                    d.sitting(r.sitting().sittingId()).orElse(null), d.subjectName(r.sitting().subjectCode())[0],
                    d.displayName(r.filedBy()), d.displayName(r.decision().orElseThrow().decidedBy()),
                    r.decision().get().onBehalfOf() == null ? null : d.displayName(r.decision().get().onBehalfOf()),
                    ids.stream().map(evidence::get).filter(java.util.Objects::nonNull).toList(), decisionEntry);
        });
        return DecisionRecordPdf.render(facts);
    }
}
