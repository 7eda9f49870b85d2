package vn.khaothi.engine.infrastructure.marking;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.sitting.StorageFailure;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.domain.marking.Mark;
import vn.khaothi.engine.domain.marking.MarkRound;
import vn.khaothi.engine.domain.marking.MarkingPolicy;
import vn.khaothi.engine.domain.marking.MarkingRepository;

/**
 * The {@link MarkingRepository} by plain JDBC (tables of V2026_12_03_20): the sitting's policy, blind codes, the append-only
 * marks, and the final mark written onto {@code attempt_item_score}. Times are UTC.
 */
public final class MarkingStore implements MarkingRepository {

    private final DataSource dataSource;
    private final Transactions transactions;

    public MarkingStore(DataSource dataSource, Transactions transactions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    // ---- policy and codes ---------------------------------------------------------------------

    @Override
    public Optional<StoredPolicy> policy(long sittingId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT blind, double_marking, threshold, released_at FROM sitting_marking WHERE sitting_id = ?")) {
            s.setLong(1, sittingId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredPolicy(new MarkingPolicy(rs.getBoolean(1), rs.getBoolean(2), rs.getBigDecimal(3)),
                        instant(rs, 4)));
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Sets the policy and, when blind, gives every attempt of the sitting without a code one of {@code codes}. */
    @Override
    public void savePolicy(long sittingId, MarkingPolicy policy, List<String> codes) {
        try {
            transactions.required(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO sitting_marking (sitting_id, blind, double_marking,"
                        + " threshold) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE blind = VALUES(blind),"
                        + " double_marking = VALUES(double_marking), threshold = VALUES(threshold)")) {
                    s.setLong(1, sittingId);
                    s.setBoolean(2, policy.blind());
                    s.setBoolean(3, policy.doubleMarking());
                    s.setBigDecimal(4, policy.threshold());
                    s.executeUpdate();
                }
                if (policy.blind()) {
                    List<Long> without = new ArrayList<>();
                    List<String> used = new ArrayList<>();
                    try (PreparedStatement s = c.prepareStatement("SELECT a.id, m.code FROM attempt a LEFT JOIN marking_code m"
                            + " ON m.attempt_id = a.id WHERE a.sitting_id = ? ORDER BY a.id")) {
                        s.setLong(1, sittingId);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                if (rs.getString(2) == null) {
                                    without.add(rs.getLong(1));
                                } else {
                                    used.add(rs.getString(2));
                                }
                            }
                        }
                    }
                    List<String> fresh = codes.stream().filter(code -> !used.contains(code)).toList();
                    if (fresh.size() < without.size()) {
                        throw new IllegalArgumentException("not enough codes for the sitting");
                    }
                    try (PreparedStatement s = c.prepareStatement(
                            "INSERT INTO marking_code (attempt_id, sitting_id, code) VALUES (?, ?, ?)")) {
                        for (int i = 0; i < without.size(); i++) {
                            s.setLong(1, without.get(i));
                            s.setLong(2, sittingId);
                            s.setString(3, fresh.get(i));
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public int attemptCount(long sittingId) {
        try {
            return count("SELECT COUNT(*) FROM attempt WHERE sitting_id = ?", sittingId);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public int markCount(long sittingId) {
        try {
            return count("SELECT COUNT(*) FROM item_mark m JOIN attempt a ON a.id = m.attempt_id WHERE a.sitting_id = ?", sittingId);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /**
     * Double-marked sittings where some item has a second mark and still waits for its final mark
     * (the candidates of a dispute; the state machine decides), newest first.
     */
    @Override
    public List<Long> doubleMarkedAwaiting(int limit) {
        try {
            List<Long> ids = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT m.sitting_id FROM sitting_marking m WHERE m.double_marking AND EXISTS (SELECT 1 FROM attempt_item_score x"
                            + " JOIN attempt a ON a.id = x.attempt_id JOIN item_mark im ON im.attempt_id = x.attempt_id"
                            + " AND im.item_id = x.item_id AND im.seq = 2 WHERE a.sitting_id = m.sitting_id AND x.state = 'NEEDS_GRADING')"
                            + " ORDER BY m.sitting_id DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Items still without a final mark (NEEDS_GRADING) in the sitting's scored attempts. */
    @Override
    public int waiting(long sittingId) {
        try {
            return count("SELECT COUNT(*) FROM attempt_item_score x JOIN attempt a ON a.id = x.attempt_id"
                    + " WHERE a.sitting_id = ? AND x.state = 'NEEDS_GRADING'", sittingId);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    @Override
    public void release(long sittingId, long account, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE sitting_marking SET released_at = ?, released_by = ? WHERE sitting_id = ? AND released_at IS NULL")) {
            s.setObject(1, utc(at));
            s.setLong(2, account);
            s.setLong(3, sittingId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    // ---- items and marks ---------------------------------------------------------------------

    /** The sitting's manually marked items: waiting ones and those already marked, by student code then position. */
    @Override
    public List<ManualItem> manualItems(long sittingId, Long attemptId) {
        try {
            String sql = "SELECT a.id, acc.username, st.full_name, mc.code, a.version_code, x.item_id, x.position, x.max_points,"
                    + " x.state, (SELECT s.response FROM attempt_step s WHERE s.attempt_id = a.id AND s.item_id = x.item_id"
                    + "   ORDER BY s.seq DESC LIMIT 1)"
                    + " FROM attempt a JOIN student st ON st.id = a.student_id LEFT JOIN account acc ON acc.id = st.account_id"
                    + " LEFT JOIN marking_code mc ON mc.attempt_id = a.id"
                    + " JOIN attempt_item_score x ON x.attempt_id = a.id"
                    + " WHERE a.sitting_id = ?" + (attemptId == null ? "" : " AND a.id = ?")
                    + " AND (x.state = 'NEEDS_GRADING' OR EXISTS (SELECT 1 FROM item_mark m"
                    + "   WHERE m.attempt_id = a.id AND m.item_id = x.item_id))"
                    + " ORDER BY st.code, x.position";
            List<ManualItem> list = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, sittingId);
                if (attemptId != null) {
                    s.setLong(2, attemptId);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        list.add(new ManualItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6), rs.getInt(7), rs.getBigDecimal(8), rs.getString(9),
                                rs.getString(10)));
                    }
                }
            }
            return list;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Every mark of the sitting: attempt → item → marks in seq order. */
    @Override
    public Map<Long, Map<Long, List<Mark>>> marks(long sittingId) {
        try {
            Map<Long, Map<Long, List<Mark>>> all = new HashMap<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT m.attempt_id, m.item_id, m.seq, m.round, acc.username, m.points, m.criteria, m.comment, m.reason,"
                            + " m.marked_at FROM item_mark m JOIN attempt a ON a.id = m.attempt_id"
                            + " JOIN account acc ON acc.id = m.marker_id WHERE a.sitting_id = ? ORDER BY m.attempt_id, m.item_id, m.seq")) {
                s.setLong(1, sittingId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Mark mark = new Mark(rs.getInt(3), MarkRound.valueOf(rs.getString(4)), rs.getString(5),
                                rs.getBigDecimal(6), criteria(rs.getString(7)), rs.getString(8), rs.getString(9), instant(rs, 10));
                        all.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(mark);
                    }
                }
            }
            return all;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /**
     * Appends a mark; when {@code finalPoints} is set, also writes the item's final mark onto its
     * score row, in the same transaction.
     *
     * @throws MarkRace when another mark with the same seq was stored first (nothing is written)
     */
    @Override
    public void append(long attemptId, long itemId, Mark mark, long markerAccount, BigDecimal finalPoints) throws MarkRace {
        try {
            // The mark and the final points are written together or not at all; a lost race rolls both back.
            try {
                transactions.required(c -> {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO item_mark (attempt_id, item_id, seq, round,"
                            + " marker_id, points, criteria, comment, reason, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        s.setLong(1, attemptId);
                        s.setLong(2, itemId);
                        s.setInt(3, mark.seq());
                        s.setString(4, mark.round().name());
                        s.setLong(5, markerAccount);
                        s.setBigDecimal(6, mark.points());
                        s.setString(7, json(mark.criteria()));
                        s.setString(8, mark.comment());
                        s.setString(9, mark.reason());
                        s.setObject(10, utc(mark.at()));
                        s.executeUpdate();
                    }
                    if (finalPoints != null) {
                        try (PreparedStatement s = c.prepareStatement("UPDATE attempt_item_score SET points = ?, state = 'GRADED',"
                                + " graded_by = ?, graded_at = ? WHERE attempt_id = ? AND item_id = ? AND state = 'NEEDS_GRADING'")) {
                            s.setBigDecimal(1, finalPoints);
                            s.setLong(2, markerAccount);
                            s.setObject(3, utc(mark.at()));
                            s.setLong(4, attemptId);
                            s.setLong(5, itemId);
                            if (s.executeUpdate() != 1) {
                                throw new SQLIntegrityConstraintViolationException("the item is no longer waiting for its mark");
                            }
                        }
                    }
                    return null;
                });
            } catch (SQLException e) {
                if (e instanceof SQLIntegrityConstraintViolationException || "23000".equals(e.getSQLState())) {
                    throw new MarkRace(e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private int count(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String json(Map<String, BigDecimal> criteria) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        criteria.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.add(e.getKey(), e.getValue()));
        return o.build().toString();
    }

    private static Map<String, BigDecimal> criteria(String json) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return map;
        }
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            o.forEach((k, v) -> map.put(k, ((JsonNumber) v).bigDecimalValue()));
        }
        return map;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
