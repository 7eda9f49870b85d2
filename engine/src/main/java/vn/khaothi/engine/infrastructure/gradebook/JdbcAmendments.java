package vn.khaothi.engine.infrastructure.gradebook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.domain.gradebook.Amendment;
import vn.khaothi.engine.domain.gradebook.AmendmentRepository;
import vn.khaothi.engine.domain.gradebook.CellValue;

/** Amendments after the lock (đính chính) in {@code gradebook_amendment}, each call in the enclosing transaction. */
public final class JdbcAmendments implements AmendmentRepository {

    private static final String COLUMNS = "m.id, sc.code, su.code, m.semester, acc.username, st.full_name, m.column_code,"
            + " m.score, m.verdict, m.reason, m.requested_by, m.requested_at, m.status, m.decided_by, m.decided_at, m.note";
    private static final String FROM = " FROM gradebook_amendment m JOIN school_class sc ON sc.id = m.class_id"
            + " JOIN subject su ON su.id = m.subject_id JOIN student st ON st.id = m.student_id"
            + " LEFT JOIN account acc ON acc.id = st.account_id";

    private final Jdbc jdbc;

    public JdbcAmendments(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public long request(long classId, long subjectId, int semester, long studentId, String column, CellValue wanted,
                        String reason, String requestedBy, Instant at) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO gradebook_amendment (class_id, subject_id, semester,"
                    + " student_id, column_code, score, verdict, reason, requested_by, requested_at, status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, classId);
                s.setLong(2, subjectId);
                s.setInt(3, semester);
                s.setLong(4, studentId);
                s.setString(5, column);
                s.setBigDecimal(6, wanted.score());
                if (wanted.verdict() == null) {
                    s.setNull(7, Types.VARCHAR);
                } else {
                    s.setString(7, wanted.verdict());
                }
                s.setString(8, reason);
                s.setString(9, requestedBy);
                s.setObject(10, Jdbc.utc(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public Optional<Amendment> find(long id) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE m.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(amendment(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void decide(long id, boolean approved, String decidedBy, Instant at, String note) {
        jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE gradebook_amendment SET status = ?, decided_by = ?, decided_at = ?,"
                    + " note = ? WHERE id = ? AND status = 'PENDING'")) {
                s.setString(1, approved ? "APPROVED" : "REJECTED");
                s.setString(2, decidedBy);
                s.setObject(3, Jdbc.utc(at));
                s.setString(4, note);
                s.setLong(5, id);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<Amendment> all() {
        return list(null);
    }

    @Override
    public List<Amendment> requestedBy(String username) {
        return list(username);
    }

    private List<Amendment> list(String requestedBy) {
        return jdbc.on(c -> {
            List<Amendment> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM
                    + (requestedBy == null ? "" : " WHERE m.requested_by = ?")
                    + " ORDER BY m.status = 'PENDING' DESC, m.requested_at DESC LIMIT 200")) {
                if (requestedBy != null) {
                    s.setString(1, requestedBy);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(amendment(rs));
                    }
                }
            }
            return found;
        });
    }

    private static Amendment amendment(ResultSet rs) throws SQLException {
        return new Amendment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getBigDecimal(8) != null ? rs.getBigDecimal(8) : rs.getString(9), rs.getString(10),
                rs.getString(11), Jdbc.fromUtc(rs.getObject(12, LocalDateTime.class)), rs.getString(13), rs.getString(14),
                Jdbc.fromUtc(rs.getObject(15, LocalDateTime.class)), rs.getString(16));
    }
}
