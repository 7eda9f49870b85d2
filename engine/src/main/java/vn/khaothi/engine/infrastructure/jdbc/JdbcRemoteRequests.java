package vn.khaothi.engine.infrastructure.jdbc;

import static vn.khaothi.engine.infrastructure.jdbc.SqlTimes.fromDb;
import static vn.khaothi.engine.infrastructure.jdbc.SqlTimes.toDb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.domain.remote.RemoteRequests;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.remote.ConflictException;
import vn.khaothi.engine.domain.remote.EligibilitySnapshot;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.FilerRole;
import vn.khaothi.engine.domain.remote.Filing;
import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteForm;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.domain.remote.RequestStatus;
import vn.khaothi.engine.domain.remote.SittingRef;
import vn.khaothi.rules.Reason;
import vn.khaothi.rules.online.AssessmentKind;
import vn.khaothi.rules.online.ForceMajeureReason;

/**
 * Remote requests in tables {@code remote_request}, {@code remote_request_reason},
 * {@code remote_request_evidence} and {@code remote_decision}, on the caller's connection (and
 * transaction). Updates compare the version read: a second writer gets a {@link ConflictException}.
 */
public final class JdbcRemoteRequests implements RemoteRequests {

    private static final String COLUMNS = "id, student_id, sitting_id, assessment_kind, sitting_closes_at, semester, "
            + "class_code, subject_code, reason, explanation, filed_by, filed_as, filed_at, status, eligible, "
            + "eligibility_obstacles, eligibility_citations, withdrawn_at, version";

    private final Connection connection;

    public JdbcRemoteRequests(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void insert(RemoteRequest request) {
        try {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO remote_request (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                SittingRef sitting = request.sitting();
                EligibilitySnapshot eligibility = request.eligibility();
                insert.setString(1, request.id());
                insert.setString(2, request.studentId());
                insert.setString(3, sitting.sittingId());
                insert.setString(4, sitting.kind().name());
                insert.setObject(5, toDb(sitting.closesAt()));
                insert.setString(6, sitting.semester());
                insert.setString(7, sitting.classCode());
                insert.setString(8, sitting.subjectCode());
                insert.setString(9, request.reason().name());
                insert.setString(10, request.explanation());
                insert.setString(11, request.filedBy());
                insert.setString(12, request.filedAs().name());
                insert.setObject(13, toDb(request.filedAt()));
                insert.setString(14, request.status().name());
                insert.setBoolean(15, eligibility.eligible());
                insert.setString(16, String.join(",", eligibility.obstacles()));
                insert.setString(17, String.join("\n", eligibility.citations()));
                insert.setObject(18, request.withdrawnAt().map(SqlTimes::toDb).orElse(null));
                insert.setInt(19, 1);
                insert.executeUpdate();
            }
            try (PreparedStatement reason = connection.prepareStatement("INSERT INTO remote_request_reason "
                    + "(request_id, position, rule_name, citation, text_vi, text_en) VALUES (?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (Reason r : request.eligibility().reasons()) {
                    reason.setString(1, request.id());
                    reason.setInt(2, ++position);
                    reason.setString(3, r.rule());
                    reason.setString(4, r.citation());
                    reason.setString(5, r.vi());
                    reason.setString(6, r.en());
                    reason.addBatch();
                }
                reason.executeBatch();
            }
            try (PreparedStatement evidence = connection.prepareStatement("INSERT INTO remote_request_evidence "
                    + "(request_id, position, file_id, content_type, size_bytes) VALUES (?, ?, ?, ?, ?)")) {
                int position = 0;
                for (EvidenceRef e : request.evidence()) {
                    evidence.setString(1, request.id());
                    evidence.setInt(2, ++position);
                    evidence.setString(3, e.fileId());
                    evidence.setString(4, e.contentType());
                    evidence.setLong(5, e.sizeBytes());
                    evidence.addBatch();
                }
                evidence.executeBatch();
            }
            request.storedAs(1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Stores a decision or a withdrawal: the new status, and the decision if there is one. */
    @Override
    public void update(RemoteRequest request) {
        try {
            try (PreparedStatement update = connection.prepareStatement("UPDATE remote_request SET status = ?, "
                    + "withdrawn_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                update.setString(1, request.status().name());
                update.setObject(2, request.withdrawnAt().map(SqlTimes::toDb).orElse(null));
                update.setString(3, request.id());
                update.setInt(4, request.version());
                if (update.executeUpdate() != 1) {
                    throw new ConflictException("CHANGED_CONCURRENTLY", "request " + request.id()
                            + " was changed by someone else meanwhile");
                }
            }
            if (request.decision().isPresent()) {
                RemoteDecision d = request.decision().get();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO remote_decision (request_id, "
                        + "approved, form, note, decided_by, decided_as, on_behalf_of, delegation_id, decided_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, request.id());
                    insert.setBoolean(2, d.approved());
                    insert.setString(3, d.form() == null ? null : d.form().name());
                    insert.setString(4, d.note());
                    insert.setString(5, d.decidedBy());
                    insert.setString(6, d.decidedAs().name());
                    insert.setString(7, d.onBehalfOf());
                    insert.setString(8, d.delegationId());
                    insert.setObject(9, toDb(d.decidedAt()));
                    insert.executeUpdate();
                }
            }
            request.storedAs(request.version() + 1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The request, locked for update when {@code lock} (the caller then changes it). */
    @Override
    public Optional<RemoteRequest> find(String id, boolean lock) {
        try {
            List<RemoteRequest> found = select("WHERE id = ?" + (lock ? " FOR UPDATE" : ""), id);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A student's requests for a sitting, oldest first; locked when {@code lock}. */
    @Override
    public List<RemoteRequest> forStudentAndSitting(String studentId, String sittingId, boolean lock) {
        try {
            return select("WHERE student_id = ? AND sitting_id = ? ORDER BY filed_at, id" + (lock ? " FOR UPDATE" : ""),
                    studentId, sittingId);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Requests filed by or about this person, newest first. */
    @Override
    public List<RemoteRequest> filedByOrAbout(String personId) {
        try {
            return select("WHERE student_id = ? OR filed_by = ? ORDER BY filed_at DESC, id", personId, personId);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public List<RemoteRequest> withStatus(RequestStatus status) {
        try {
            return select("WHERE status = ? ORDER BY filed_at, id", status.name());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Map<String, Map<RequestStatus, Integer>> counts(String semester, String column) {
        try {
            if (!List.of("reason", "class_code", "subject_code").contains(column)) {
                throw new IllegalArgumentException(column);
            }
            // Every request counts once in each breakdown, so the three totals agree (issue 17, point 7): a
            // sitting for a list of students has no class, so the request counts under the student's class;
            // one without a subject (or a student without a class) under NONE.
            String key = switch (column) {
                case "class_code" -> "COALESCE(r.class_code, (SELECT sc.code FROM enrolment e"
                        + " JOIN school_class sc ON sc.id = e.class_id JOIN school_year y ON y.id = sc.school_year_id"
                        + " JOIN student st ON st.id = e.student_id JOIN account a ON a.id = st.account_id"
                        + " WHERE a.username = r.student_id ORDER BY y.is_current DESC, y.starts_on DESC LIMIT 1), '" + NONE + "')";
                default -> "COALESCE(r." + column + ", '" + NONE + "')";
            };
            Map<String, Map<RequestStatus, Integer>> counts = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT k, status, COUNT(*) FROM (SELECT " + key
                    + " AS k, r.status FROM remote_request r WHERE r.semester = ?) x GROUP BY k, status ORDER BY k, status")) {
                select.setString(1, semester);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(RequestStatus.class))
                                .put(RequestStatus.valueOf(rs.getString(2)), rs.getInt(3));
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private List<RemoteRequest> select(String where, String... parameters) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM remote_request " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(Row.read(rs));
                }
            }
        }
        List<RemoteRequest> requests = new ArrayList<>(rows.size());
        for (Row row : rows) {
            requests.add(row.toRequest(reasons(row.id), evidence(row.id), decision(row.id)));
        }
        return requests;
    }

    private List<Reason> reasons(String id) throws SQLException {
        List<Reason> reasons = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT rule_name, citation, text_vi, text_en "
                + "FROM remote_request_reason WHERE request_id = ? ORDER BY position")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    reasons.add(new Reason(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return reasons;
    }

    private List<EvidenceRef> evidence(String id) throws SQLException {
        List<EvidenceRef> evidence = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT file_id, content_type, size_bytes "
                + "FROM remote_request_evidence WHERE request_id = ? ORDER BY position")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    evidence.add(new EvidenceRef(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return evidence;
    }

    private RemoteDecision decision(String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT approved, form, note, decided_by, "
                + "decided_as, on_behalf_of, delegation_id, decided_at FROM remote_decision WHERE request_id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String form = rs.getString(2);
                return new RemoteDecision(rs.getBoolean(1), form == null ? null : RemoteForm.valueOf(form),
                        rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), fromDb(rs.getObject(8, LocalDateTime.class)));
            }
        }
    }

    /** One row of remote_request, read before its child rows (one result set open at a time). */
    private record Row(String id, Filing filing, String filedBy, FilerRole filedAs, Instant filedAt, RequestStatus status,
                       boolean eligible, List<String> obstacles, List<String> citations, Instant withdrawnAt, int version) {

        static Row read(ResultSet rs) throws SQLException {
            SittingRef sitting = new SittingRef(rs.getString("sitting_id"), AssessmentKind.valueOf(rs.getString("assessment_kind")),
                    fromDb(rs.getObject("sitting_closes_at", LocalDateTime.class)), rs.getString("semester"),
                    rs.getString("class_code"), rs.getString("subject_code"));
            Filing filing = new Filing(rs.getString("student_id"), sitting, ForceMajeureReason.valueOf(rs.getString("reason")),
                    rs.getString("explanation"), List.of());
            return new Row(rs.getString("id"), filing, rs.getString("filed_by"), FilerRole.valueOf(rs.getString("filed_as")),
                    fromDb(rs.getObject("filed_at", LocalDateTime.class)), RequestStatus.valueOf(rs.getString("status")),
                    rs.getBoolean("eligible"), split(rs.getString("eligibility_obstacles"), ","),
                    split(rs.getString("eligibility_citations"), "\n"),
                    fromDb(rs.getObject("withdrawn_at", LocalDateTime.class)), rs.getInt("version"));
        }

        RemoteRequest toRequest(List<Reason> reasons, List<EvidenceRef> evidence, RemoteDecision decision) {
            Filing withEvidence = new Filing(filing.studentId(), filing.sitting(), filing.reason(), filing.explanation(), evidence);
            return RemoteRequest.restore(id, withEvidence, filedBy, filedAs, filedAt,
                    new EligibilitySnapshot(eligible, obstacles, reasons, citations), status, decision, withdrawnAt, version);
        }

        private static List<String> split(String joined, String separator) {
            return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
        }
    }

    /** Unchecked for the domain's port; the store maps an integrity violation to a conflict. */
    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("remote-request storage failed: " + e.getMessage(), e);
    }
}
