package vn.khaothi.engine.infrastructure.sitting;

import static vn.khaothi.engine.infrastructure.sitting.RosterStore.ATTEMPT_FROM;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.ItemScore;

/**
 * The marks of attempts (điểm từng câu) in table {@code attempt_item_score}: the item scores written
 * once when an attempt is scored, and the essays waiting in the grading queue (teachers' marks go
 * through the marking service).
 */
public final class MarkStore {

    private final DataSource dataSource;
    private final Transactions transactions;

    public MarkStore(DataSource dataSource, Transactions transactions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Writes the item scores of a submitted attempt once (a second scoring of the same attempt is a
     * no-op), all of them or none: in the caller's transaction or one of its own.
     */
    public void insertScores(long attemptId, List<ItemScore> scores) {
        try {
            transactions.required(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO attempt_item_score (attempt_id, item_id, position, points, max_points, state)"
                                + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE attempt_id = attempt_id")) {
                    for (ItemScore x : scores) {
                        s.setLong(1, attemptId);
                        s.setLong(2, x.itemId());
                        s.setInt(3, x.position());
                        s.setBigDecimal(4, x.points());
                        s.setBigDecimal(5, x.maxPoints());
                        s.setString(6, x.state());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    public List<ItemScore> scores(long attemptId) {
        try {
            List<ItemScore> scores = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT item_id, position, points, max_points, state FROM attempt_item_score WHERE attempt_id = ? ORDER BY position")) {
                s.setLong(1, attemptId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        scores.add(new ItemScore(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                                rs.getString(5)));
                    }
                }
            }
            return scores;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** One essay waiting for a teacher: the attempt, the student, the item and the current answer (highest seq). */
    public record WaitingEssay(long attemptId, String studentUsername, String studentName, String versionCode,
                               long itemId, int position, BigDecimal maxPoints, String response) {
    }

    /** The grading queue of a sitting: items in NEEDS_GRADING, by student then position. */
    public List<WaitingEssay> gradingQueue(long sittingId) {
        try {
            String sql = "SELECT a.id, acc.username, st.full_name, a.version_code, x.item_id, x.position, x.max_points,"
                    + " (SELECT s.response FROM attempt_step s WHERE s.attempt_id = a.id AND s.item_id = x.item_id"
                    + "   ORDER BY s.seq DESC LIMIT 1)"
                    + ATTEMPT_FROM + " JOIN attempt_item_score x ON x.attempt_id = a.id"
                    + " WHERE a.sitting_id = ? AND x.state = 'NEEDS_GRADING' ORDER BY st.code, x.position";
            List<WaitingEssay> list = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, sittingId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        list.add(new WaitingEssay(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5), rs.getInt(6), rs.getBigDecimal(7), rs.getString(8)));
                    }
                }
            }
            return list;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }
}
