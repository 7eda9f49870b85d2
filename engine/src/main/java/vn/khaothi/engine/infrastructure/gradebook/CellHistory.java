package vn.khaothi.engine.infrastructure.gradebook;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.engine.domain.gradebook.CellChange;

/**
 * The history of gradebook cells, read from the hash-chained audit trail (never from a table that
 * could be rewritten): every {@link CellChange#ACTION} entry of one class × subject × semester (or of
 * one student there), oldest first. The entry's details are the audit chain's stored JSON.
 */
final class CellHistory {

    private CellHistory() {
    }

    static List<CellChange> read(Connection c, String prefix, Long studentDbId) throws SQLException {
        String sql = "SELECT sequence, at, actor, on_behalf_of, details FROM audit_entry WHERE action = ? AND "
                + (studentDbId == null ? "subject_id LIKE ?" : "subject_id = ?") + " ORDER BY sequence";
        List<CellChange> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, CellChange.ACTION);
            s.setString(2, studentDbId == null ? prefix + "%" : prefix + studentDbId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonObject d;
                    try (JsonReader reader = JSON.createReader(new StringReader(rs.getString(5)))) {
                        d = reader.readObject();
                    }
                    lines.add(new CellChange(text(d, "studentId"), text(d, "subject"), d.getInt("semester"),
                            text(d, "column"), value(text(d, "old")), value(text(d, "new")), rs.getString(3), rs.getString(4),
                            Jdbc.fromUtc(rs.getObject(2, LocalDateTime.class)), text(d, "reason"), text(d, "source"),
                            rs.getLong(1)));
                }
            }
        }
        return lines;
    }

    private static String text(JsonObject d, String key) {
        JsonValue v = d.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : d.getString(key);
    }

    /** "8.5" → 8.5 (a number in the JSON), "D" stays text. */
    private static Object value(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException verdict) {
            return text;
        }
    }
}
