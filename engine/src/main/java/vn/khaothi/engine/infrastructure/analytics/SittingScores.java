package vn.khaothi.engine.infrastructure.analytics;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.khaothi.engine.application.analytics.SittingFigures.Row;

/**
 * Reads what a sitting's analysis needs in two queries, never one per item or per attempt: the item
 * scores of its submitted attempts (attempt_item_score, in attempt order) and the options chosen in
 * each attempt's latest step of every item (attempt_step; JSON fields extracted by MariaDB, so only
 * the option ids cross the wire). Paper sittings read by scanning are ordinary steps (source SCAN)
 * and come the same way.
 */
public final class SittingScores {

    private SittingScores() {
    }

    /** Item scores of the sitting's submitted (or graded) attempts, ordered by attempt. */
    public static void scores(Connection c, long sittingId, java.util.function.Consumer<Row> sink) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT a.id, a.version_code, x.item_id, x.points, x.state
                  FROM attempt a JOIN attempt_item_score x ON x.attempt_id = a.id
                 WHERE a.sitting_id = ? AND a.status IN ('SUBMITTED', 'GRADED')
                 ORDER BY a.id""")) {
            s.setLong(1, sittingId);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getString(5)));
                }
            }
        }
    }

    /**
     * attemptId → itemId → the option ids of the attempt's latest answer to a choice item
     * ({@code choice} or {@code choices}), for the sitting's submitted attempts.
     */
    public static Map<Long, Map<Long, List<String>>> choices(Connection c, long sittingId, Collection<Long> choiceItems)
            throws SQLException {
        Map<Long, Map<Long, List<String>>> out = new HashMap<>();
        if (choiceItems.isEmpty()) {
            return out;
        }
        String in = choiceItems.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement s = c.prepareStatement("""
                SELECT st.attempt_id, st.item_id, JSON_UNQUOTE(JSON_EXTRACT(st.response, '$.choice')),
                       JSON_EXTRACT(st.response, '$.choices')
                  FROM attempt a
                  JOIN (SELECT attempt_id, item_id, MAX(seq) AS seq FROM attempt_step
                         WHERE attempt_id IN (SELECT id FROM attempt WHERE sitting_id = ?) AND item_id IN (%s)
                         GROUP BY attempt_id, item_id) latest ON latest.attempt_id = a.id
                  JOIN attempt_step st ON st.attempt_id = latest.attempt_id AND st.item_id = latest.item_id
                       AND st.seq = latest.seq
                 WHERE a.sitting_id = ? AND a.status IN ('SUBMITTED', 'GRADED')""".formatted(in))) {
            s.setLong(1, sittingId);
            s.setLong(2, sittingId);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<String> chosen = new ArrayList<>(2);
                    String one = rs.getString(3);
                    if (one != null && !"null".equals(one)) {
                        chosen.add(one);
                    }
                    String many = rs.getString(4);
                    if (many != null) {
                        chosen.addAll(strings(many));
                    }
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), chosen);
                }
            }
        }
        return out;
    }

    private static List<String> strings(String jsonArray) {
        try (JsonReader r = JSON.createReader(new StringReader(jsonArray))) {
            JsonValue v = r.readValue();
            if (!(v instanceof JsonArray a)) {
                return List.of();
            }
            return a.stream().filter(x -> x instanceof JsonString).map(x -> ((JsonString) x).getString()).toList();
        } catch (RuntimeException e) {
            return List.of(); // a malformed answer chooses nothing; scoring has already judged it
        }
    }

    /** bank_item_version.id → its version number. */
    public static Map<Long, Integer> versionNumbers(Connection c, Collection<Long> itemVersionIds) throws SQLException {
        Map<Long, Integer> out = new HashMap<>();
        if (itemVersionIds.isEmpty()) {
            return out;
        }
        String in = itemVersionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement s = c.prepareStatement("SELECT id, version_no FROM bank_item_version WHERE id IN (" + in + ")");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return out;
    }

    /** The subjects a person heads (subject groups) or teaches, by code. */
    public static Set<String> subjectsOf(Connection c, String username) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT s.code FROM account a JOIN teacher t ON t.account_id = a.id
                  JOIN teacher_subject ts ON ts.teacher_id = t.id JOIN subject s ON s.id = ts.subject_id
                 WHERE a.username = ?
                UNION
                SELECT s.code FROM account a JOIN teacher t ON t.account_id = a.id
                  JOIN subject_group g ON g.head_teacher_id = t.id
                  JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN subject s ON s.id = gs.subject_id
                 WHERE a.username = ?""")) {
            s.setString(1, username);
            s.setString(2, username);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Serialises analyses of one sitting (the bank's running sums must see them one at a time). */
    public static void lockSitting(Connection c, long sittingId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM sitting WHERE id = ? FOR UPDATE")) {
            s.setLong(1, sittingId);
            s.executeQuery().close();
        }
    }

}
