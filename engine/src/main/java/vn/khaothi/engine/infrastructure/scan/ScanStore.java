package vn.khaothi.engine.infrastructure.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.scan.ScanRepository;
import vn.khaothi.engine.infrastructure.audit.JdbcAuditTrail;
import vn.khaothi.engine.infrastructure.sitting.StorageFailure;

/**
 * The {@link ScanRepository} by plain JDBC (tables of V2026_12_03_40). Times are UTC. What changes
 * together runs in one {@link Transactions#required} (JTA's in the container); single statements
 * use the data source, which inside a caller's transaction hands out the enlisted connection.
 */
public final class ScanStore implements ScanRepository {

    private final DataSource dataSource;
    private final Transactions transactions;

    public ScanStore(DataSource dataSource, Transactions transactions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public long createBatch(long sittingId, String username, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO scan_batch (sitting_id, status, created_by,"
                     + " created_at) VALUES (?, 'PROCESSING', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, sittingId);
            ps.setString(2, username);
            ps.setTimestamp(3, ts(now));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public int reservePages(long batchId, int pages) {
        try {
            return transactions.required(c -> {
                try (PreparedStatement lock = c.prepareStatement(
                        "SELECT pages_total FROM scan_batch WHERE id = ? FOR UPDATE");
                     PreparedStatement ps = c.prepareStatement("UPDATE scan_batch SET pages_total = pages_total + ?,"
                             + " status = 'PROCESSING' WHERE id = ?")) {
                    lock.setLong(1, batchId);
                    int total;
                    try (ResultSet rs = lock.executeQuery()) {
                        rs.next();
                        total = rs.getInt(1);
                    }
                    ps.setInt(1, pages);
                    ps.setLong(2, batchId);
                    ps.executeUpdate();
                    return total + 1;
                }
            });
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** One more page read; the batch is DONE when every reserved page is. */
    @Override
    public void pageDone(long batchId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE scan_batch SET pages_done = pages_done + 1,"
                     + " status = CASE WHEN pages_done >= pages_total AND status = 'PROCESSING' THEN 'DONE'"
                     + " ELSE status END WHERE id = ?")) {
            ps.setLong(1, batchId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** The reading broke off: the pages it did not read are given up, and the batch says FAILED. */
    @Override
    public void failed(long batchId, int unread) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE scan_batch SET pages_total = pages_total - ?,"
                     + " status = 'FAILED' WHERE id = ?")) {
            ps.setInt(1, unread);
            ps.setLong(2, batchId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public void confirmed(long batchId, String username, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE scan_batch SET status = 'CONFIRMED', confirmed_by = ?,"
                + " confirmed_at = ? WHERE id = ?")) {
            ps.setString(1, username);
            ps.setTimestamp(2, ts(now));
            ps.setLong(3, batchId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public Optional<Batch> batch(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, sitting_id, status, pages_total, pages_done,"
                     + " created_by FROM scan_batch WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Batch(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public void insertSheet(long batchId, int page, byte[] jpeg, int width, int height, Sheet s) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO scan_sheet (batch_id, page, image, image_width,"
                     + " image_height, student_number, student_id, version_code, answers, problems, marks, status,"
                     + " score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, batchId);
            ps.setInt(2, page);
            ps.setBytes(3, jpeg);
            ps.setInt(4, width);
            ps.setInt(5, height);
            ps.setString(6, s.studentNumber());
            ps.setObject(7, s.studentId());
            ps.setString(8, s.versionCode());
            ps.setString(9, s.answers());
            ps.setString(10, s.problems());
            ps.setString(11, s.marks());
            ps.setString(12, s.status());
            ps.setBigDecimal(13, s.score());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    private static final String SHEET_COLUMNS = "id, batch_id, page, image_width, image_height, student_number,"
            + " student_id, version_code, answers, problems, marks, status, attempt_id, score";

    @Override
    public List<Sheet> sheets(long batchId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + SHEET_COLUMNS
                     + " FROM scan_sheet WHERE batch_id = ? ORDER BY page")) {
            ps.setLong(1, batchId);
            List<Sheet> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(sheet(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public Optional<Sheet> sheet(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + SHEET_COLUMNS + " FROM scan_sheet WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(sheet(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public Optional<byte[]> image(long sheetId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT image FROM scan_sheet WHERE id = ?")) {
            ps.setLong(1, sheetId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public void updateSheet(Sheet s) {
        try (Connection c = dataSource.getConnection()) {
            updateSheet(c, s);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public void correct(Sheet after, AuditEvent correction) {
        try {
            transactions.required(c -> {
                updateSheet(c, after);
                new JdbcAuditTrail(c).append(correction);
                return null;
            });
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public List<AuditEntry> corrections(String subject) {
        try (Connection c = dataSource.getConnection()) {
            return new JdbcAuditTrail(c).about(subject);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public void recordAnswers(long attemptId, long versionId, String versionCode, Collection<AnswerStep> steps, Instant now) {
        try {
            transactions.required(c -> {
                setVersion(c, attemptId, versionId, versionCode);
                for (AnswerStep step : steps) {
                    insertScanStep(c, attemptId, step.itemId(), step.response(), now);
                }
                return null;
            });
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Writes a sheet's read (or corrected) fields on the connection given. */
    private static void updateSheet(Connection c, Sheet s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE scan_sheet SET student_number = ?, student_id = ?,"
                + " version_code = ?, answers = ?, problems = ?, marks = ?, status = ?, attempt_id = ?, score = ?"
                + " WHERE id = ?")) {
            ps.setString(1, s.studentNumber());
            ps.setObject(2, s.studentId());
            ps.setString(3, s.versionCode());
            ps.setString(4, s.answers());
            ps.setString(5, s.problems());
            ps.setString(6, s.marks());
            ps.setString(7, s.status());
            ps.setObject(8, s.attemptId());
            ps.setBigDecimal(9, s.score());
            ps.setLong(10, s.id());
            ps.executeUpdate();
        }
    }

    /** The sitting's students by số báo danh. */
    @Override
    public Map<String, Candidate> candidates(long sittingId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT s.id, acc.username, s.full_name, s.student_number"
                     + " FROM attempt a JOIN student s ON s.id = a.student_id LEFT JOIN account acc ON acc.id ="
                     + " s.account_id WHERE a.sitting_id = ? AND s.student_number IS NOT NULL")) {
            ps.setLong(1, sittingId);
            Map<String, Candidate> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(4), new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Teaches the subject (to any class), by account. */
    @Override
    public boolean teachesSubject(String username, String subjectCode) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM account acc JOIN teacher t ON t.account_id ="
                     + " acc.id JOIN subject sub ON sub.code = ? WHERE acc.username = ? AND (EXISTS (SELECT 1 FROM"
                     + " teacher_subject ts WHERE ts.teacher_id = t.id AND ts.subject_id = sub.id) OR EXISTS (SELECT 1"
                     + " FROM teaching_assignment ta WHERE ta.teacher_id = t.id AND ta.subject_id = sub.id))")) {
            ps.setString(1, subjectCode);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Gives a not-yet-started attempt the version written on the student's sheet. */
    private static void setVersion(Connection c, long attemptId, long versionId, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE attempt SET paper_version_id = ?, version_code = ?"
                + " WHERE id = ? AND status = 'NOT_STARTED'")) {
            ps.setLong(1, versionId);
            ps.setString(2, code);
            ps.setLong(3, attemptId);
            ps.executeUpdate();
        }
    }

    /** An answer step read from a sheet (source SCAN), after any step already there for the item. */
    private static void insertScanStep(Connection c, long attemptId, long itemId, String response, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attempt_step (attempt_id, item_id, seq, response,"
                + " received_at, source) SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, 'SCAN' FROM attempt_step"
                + " WHERE attempt_id = ? AND item_id = ?")) {
            ps.setLong(1, attemptId);
            ps.setLong(2, itemId);
            ps.setString(3, response);
            ps.setTimestamp(4, ts(now));
            ps.setLong(5, attemptId);
            ps.setLong(6, itemId);
            ps.executeUpdate();
        }
    }

    private static Sheet sheet(ResultSet rs) throws SQLException {
        return new Sheet(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                (Long) rs.getObject(7, Long.class), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), (Long) rs.getObject(13, Long.class), rs.getBigDecimal(14));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
