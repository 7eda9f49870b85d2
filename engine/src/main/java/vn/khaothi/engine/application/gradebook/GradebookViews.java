package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.gradebook.CellChange;

/**
 * The gradebook's answers as plain records; web turns them into the API contract's JSON
 * ("Gradebook (sổ điểm) and results", {@code web/gradebook/GradebookJson}).
 */
public final class GradebookViews {

    private GradebookViews() {
    }

    /**
     * One subject's gradebook for a class and semester. Beyond the contract: {@code subjectName},
     * {@code scale} (SCORED, COMMENTARY, PRIMARY), {@code columnCitations}, {@code writable} (may
     * the caller enter marks) and each row's {@code versions} (for the optimistic check).
     */
    public record Sheet(String classCode, String subject, String subjectName, int semester,
                        String schoolYear, String scale, List<String> columns, List<String> columnCitations,
                        boolean locked, boolean writable, List<Row> rows) {
    }

    /**
     * A student's row: scores by column (numbers, or "D"/"CD"), the ĐTBmhk once every column is
     * filled ({@code average}), a commentary subject's {@code result}, and the rules' citations.
     */
    public record Row(String studentId, String code, String name, Map<String, Object> scores,
                      Map<String, Integer> versions, BigDecimal average, String result, List<String> citations) {
    }

    /** The 200 of a write: the row, and the rounding notice (TT22 Art. 5.3.b) when the value was rounded. */
    public record Written(Row row, String column, Object stored, boolean rounded, String notice, List<String> citations) {
    }

    /** One change of a cell, from the audit trail. */
    public record HistoryLine(String studentId, String subject, int semester, String column, Object old,
                              Object value, String by, String onBehalfOf, Instant at,
                              String reason, String source, long sequence) {

        static HistoryLine of(CellChange c) {
            return new HistoryLine(c.studentId(), c.subject(), c.semester(), c.column(), c.old(), c.value(), c.by(),
                    c.onBehalfOf(), c.at(), c.reason(), c.source(), c.sequence());
        }
    }
}
