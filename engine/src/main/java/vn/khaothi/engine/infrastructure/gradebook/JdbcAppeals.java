package vn.khaothi.engine.infrastructure.gradebook;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.domain.gradebook.Appeal;
import vn.khaothi.engine.domain.gradebook.AppealRepository;

/** Appeals (phúc khảo) in {@code gradebook_appeal}, each call in the enclosing transaction. */
public final class JdbcAppeals implements AppealRepository {

    private static final String COLUMNS = "a.id, sc.code, su.code, a.semester, acc.username, st.full_name, a.column_code,"
            + " a.original, a.reason, a.filed_by, a.filed_at, a.status, a.marker, a.outcome_score, a.outcome_note, a.decided_at,"
            + " a.subject_id";
    private static final String FROM = " FROM gradebook_appeal a JOIN school_class sc ON sc.id = a.class_id"
            + " JOIN subject su ON su.id = a.subject_id JOIN student st ON st.id = a.student_id"
            + " LEFT JOIN account acc ON acc.id = st.account_id";

    private final Jdbc jdbc;

    public JdbcAppeals(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public long file(long classId, long subjectId, int semester, long studentId, String column, BigDecimal original,
                     String reason, String filedBy, Instant at) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO gradebook_appeal (class_id, subject_id, semester, student_id,"
                    + " column_code, original, reason, filed_by, filed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'FILED')",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, classId);
                s.setLong(2, subjectId);
                s.setInt(3, semester);
                s.setLong(4, studentId);
                s.setString(5, column);
                s.setBigDecimal(6, original);
                s.setString(7, reason);
                s.setString(8, filedBy);
                s.setObject(9, Jdbc.utc(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public Optional<Appeal> find(long id) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE a.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(appeal(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean assign(long id, String marker, String assignedBy) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE gradebook_appeal SET status = 'ASSIGNED', marker = ?, assigned_by = ?"
                    + " WHERE id = ? AND status = 'FILED'")) {
                s.setString(1, marker);
                s.setString(2, assignedBy);
                s.setLong(3, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void decide(long id, String status, BigDecimal outcome, String note, Instant at) {
        jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE gradebook_appeal SET status = ?, outcome_score = ?, outcome_note = ?,"
                    + " decided_at = ? WHERE id = ?")) {
                s.setString(1, status);
                s.setBigDecimal(2, outcome);
                s.setString(3, note);
                s.setObject(4, Jdbc.utc(at));
                s.setLong(5, id);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<Appeal> all() {
        return list("1 = 1 OR ? IS NULL", null, false);
    }

    @Override
    public List<Appeal> ofStudentAccount(String username) {
        return list("acc.username = ?", username, false);
    }

    @Override
    public List<Appeal> forTeacher(String username) {
        return list("a.marker = ? OR a.filed_by = a.filed_by AND (EXISTS (SELECT 1 FROM subject_group g"
                + " JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN teacher t ON t.id = g.head_teacher_id"
                + " JOIN account ga ON ga.id = t.account_id WHERE gs.subject_id = a.subject_id AND ga.username = a_user.u)"
                + " OR EXISTS (SELECT 1 FROM teacher h JOIN account ha ON ha.id = h.account_id"
                + " WHERE h.id = sc.homeroom_teacher_id AND ha.username = a_user.u))", username, true);
    }

    private List<Appeal> list(String where, String username, boolean joinUser) {
        String sql = "SELECT " + COLUMNS + FROM + (joinUser ? " JOIN (SELECT ? AS u) a_user" : "")
                + " WHERE " + where + " ORDER BY a.filed_at DESC LIMIT 200";
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, username);
                if (joinUser) {
                    s.setString(2, username);
                }
                return appeals(s);
            }
        });
    }

    @Override
    public List<Appeal> ofStudent(long studentId) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE a.student_id = ? ORDER BY a.filed_at DESC")) {
                s.setLong(1, studentId);
                return appeals(s);
            }
        });
    }

    private static List<Appeal> appeals(PreparedStatement s) throws SQLException {
        List<Appeal> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(appeal(rs));
            }
        }
        return found;
    }

    private static Appeal appeal(ResultSet rs) throws SQLException {
        return new Appeal(rs.getLong(1), rs.getLong(17), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10),
                Jdbc.fromUtc(rs.getObject(11, LocalDateTime.class)), rs.getString(12), rs.getString(13), rs.getBigDecimal(14),
                rs.getString(15), Jdbc.fromUtc(rs.getObject(16, LocalDateTime.class)));
    }

}
