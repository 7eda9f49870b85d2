package vn.khaothi.engine.application.gradebook;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The gradebook's answers, shaped as the API contract's JSON ("Gradebook (sổ điểm) and results"). */
public final class GradebookViews {

    private GradebookViews() {
    }

    /**
     * One subject's gradebook for a class and semester. Beyond the contract: {@code subjectName},
     * {@code scale} (SCORED, COMMENTARY, PRIMARY), {@code columnCitations}, {@code writable} (may
     * the caller enter marks) and each row's {@code versions} (for the optimistic check).
     */
    @JsonbNillable
    public record Sheet(@JsonbProperty("class") String classCode, String subject, String subjectName, int semester,
                        String schoolYear, String scale, List<String> columns, List<String> columnCitations,
                        boolean locked, boolean writable, List<Row> rows) {
    }

    /**
     * A student's row: scores by column (numbers, or "D"/"CD"), the ĐTBmhk once every column is
     * filled ({@code average}), a commentary subject's {@code result}, and the rules' citations.
     */
    @JsonbNillable
    public record Row(String studentId, String code, String name, Map<String, Object> scores,
                      Map<String, Integer> versions, BigDecimal average, String result, List<String> citations) {
    }

    /** The 200 of a write: the row, and the rounding notice (TT22 Art. 5.3.b) when the value was rounded. */
    @JsonbNillable
    public record Written(Row row, String column, Object stored, boolean rounded, String notice, List<String> citations) {
    }

    /** One change of a cell, from the audit trail. */
    @JsonbNillable
    public record HistoryLine(String studentId, String subject, int semester, String column, Object old,
                              @JsonbProperty("new") Object value, String by, String onBehalfOf, Instant at,
                              String reason, String source, long sequence) {
    }

    /** A change asked for after the lock, and what the principal decided. */
    @JsonbNillable
    public record Amendment(long id, @JsonbProperty("class") String classCode, String subject, int semester,
                            String studentId, String studentName, String column, Object current, Object requested,
                            String reason, String requestedBy, Instant requestedAt, String status, String decidedBy,
                            Instant decidedAt, String note) {
    }
}
