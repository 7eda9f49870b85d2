package vn.khaothi.engine.application.remote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
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

    private final DataSource dataSource;

    public RemoteRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Labels labels(RemoteRequest r) {
        return read(c -> {
            DisplayNames d = new DisplayNames(c);
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
        return read(c -> {
            List<StudentOption> found = new ArrayList<>();
            String sql;
            if (actor.has(Role.STUDENT)) {
                sql = "SELECT a.username, s.full_name, sc.code FROM student s JOIN account a ON a.id = s.account_id"
                        + " LEFT JOIN enrolment e ON e.student_id = s.id LEFT JOIN school_class sc ON sc.id = e.class_id"
                        + " LEFT JOIN school_year y ON y.id = sc.school_year_id WHERE a.username = ?"
                        + " ORDER BY y.is_current DESC LIMIT 1";
            } else {
                sql = "SELECT DISTINCT a.username, s.full_name, sc.code FROM school_class sc"
                        + " JOIN school_year y ON y.id = sc.school_year_id AND y.is_current"
                        + " JOIN enrolment e ON e.class_id = sc.id JOIN student s ON s.id = e.student_id"
                        + " JOIN account a ON a.id = s.account_id"
                        + " WHERE sc.homeroom_teacher_id = (SELECT t.id FROM teacher t JOIN account ta ON ta.id = t.account_id WHERE ta.username = ?1)"
                        + " OR sc.id IN (SELECT ta2.class_id FROM teaching_assignment ta2 JOIN teacher t2 ON t2.id = ta2.teacher_id"
                        + "   JOIN account ac2 ON ac2.id = t2.account_id WHERE ac2.username = ?1)"
                        + " ORDER BY sc.code, a.username";
                sql = sql.replace("?1", "?");
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, actor.username());
                if (!actor.has(Role.STUDENT)) {
                    s.setString(2, actor.username());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new StudentOption(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return found;
        });
    }

    /** Periodic and retest sittings of the student (their class, or as a candidate), recent or to come. */
    public List<SittingOption> sittings(String studentUsername, Instant now) {
        return read(c -> {
            List<SittingOption> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.title, s.assessment_kind, s.subject_code, sc.code,"
                    + " s.mode, s.opens_at, s.closes_at FROM sitting s LEFT JOIN school_class sc ON sc.id = s.class_id"
                    + " JOIN student st ON st.account_id = (SELECT id FROM account WHERE username = ?)"
                    + " WHERE s.assessment_kind <> 'REGULAR' AND s.closes_at > ?"
                    + " AND (s.class_id IN (SELECT e.class_id FROM enrolment e WHERE e.student_id = st.id)"
                    + "      OR EXISTS (SELECT 1 FROM sitting_candidate k WHERE k.sitting_id = s.id AND k.student_id = st.id))"
                    + " ORDER BY s.opens_at, s.id LIMIT 100")) {
                s.setString(1, studentUsername);
                s.setObject(2, LocalDateTime.ofInstant(now.minus(RECENT), ZoneOffset.UTC));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new SittingOption(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), utc(rs.getObject(7, LocalDateTime.class)),
                                utc(rs.getObject(8, LocalDateTime.class))));
                    }
                }
            }
            return found;
        });
    }

    /** Every delegation recorded (for the principal or an admin), or those given to one deputy. */
    public List<Delegation> delegations(String deputyOrNull) {
        return read(c -> {
            List<Delegation> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, principal_id, deputy_id, scope, valid_from, valid_until,"
                    + " recorded_by, recorded_at FROM delegation" + (deputyOrNull == null ? "" : " WHERE deputy_id = ?")
                    + " ORDER BY valid_from DESC, id LIMIT 200")) {
                if (deputyOrNull != null) {
                    s.setString(1, deputyOrNull);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Delegation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                utc(rs.getObject(5, LocalDateTime.class)), utc(rs.getObject(6, LocalDateTime.class)),
                                rs.getString(7), utc(rs.getObject(8, LocalDateTime.class))));
                    }
                }
            }
            return found;
        });
    }

    /** The semesters that have requests, newest first (for the report's choice). */
    public List<String> semesters() {
        return read(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT semester, MAX(filed_at) AS latest FROM remote_request"
                    + " GROUP BY semester ORDER BY latest DESC");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }

    /** Subject names by code: {vi, en}. */
    public Map<String, String[]> subjectNames() {
        return read(c -> {
            Map<String, String[]> found = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT code, name_vi, name_en FROM subject");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            return found;
        });
    }

    /** The usernames that hold a role (to offer deputies when recording a delegation). */
    public List<String[]> accountsWithRole(Role role) {
        return read(c -> {
            List<String[]> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT a.username, a.display_name FROM account a"
                    + " JOIN account_role r ON r.account_id = a.id WHERE r.role = ? AND a.active ORDER BY a.username")) {
                s.setString(1, role.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return found;
        });
    }

    /**
     * The printable decision record (PDF) of a decided request, with its evidence list and the
     * audit entry of the decision (its hash anchors the paper to the chain).
     */
    public byte[] decisionRecord(RemoteRequest r, Map<String, EvidenceFile> evidence, List<AuditEntry> history) {
        return read(c -> {
            DisplayNames d = new DisplayNames(c);
            Set<String> ids = new LinkedHashSet<>();
            r.evidence().stream().map(EvidenceRef::fileId).forEach(ids::add);
            AuditEntry decisionEntry = history.stream()
                    .filter(e -> e.action().equals("REMOTE_REQUEST_APPROVED") || e.action().equals("REMOTE_REQUEST_REJECTED"))
                    .reduce((a, b) -> b).orElse(null);
            return DecisionRecordPdf.render(new DecisionRecordPdf.Facts(d.schoolName(), r, d.student(r.studentId()),
                    d.sitting(r.sitting().sittingId()).orElse(null), d.subjectName(r.sitting().subjectCode())[0],
                    d.displayName(r.filedBy()), d.displayName(r.decision().orElseThrow().decidedBy()),
                    r.decision().get().onBehalfOf() == null ? null : d.displayName(r.decision().get().onBehalfOf()),
                    ids.stream().map(evidence::get).filter(java.util.Objects::nonNull).toList(), decisionEntry));
        });
    }

    @FunctionalInterface
    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the school directory: " + e.getMessage(), e);
        }
    }

    private static Instant utc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
