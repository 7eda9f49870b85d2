package vn.khaothi.engine.domain.gradebook;

import java.time.Instant;

/**
 * One change of a gradebook cell as the audit chain keeps it: who (and on whose behalf), when, the
 * value before and after (numbers as numbers, "D"/"CD" as text), why and from where.
 */
public record CellChange(String studentId, String subject, int semester, String column, Object old, Object value,
                         String by, String onBehalfOf, Instant at, String reason, String source, long sequence) {

    /** The audit action of a cell change. */
    public static final String ACTION = "GRADEBOOK_CELL_WRITTEN";

    /** The audit subject of a student's cells in a class × subject × semester: {@code gb:class:subject:semester:student}. */
    public static String auditSubject(long classId, long subjectId, int semester, long studentId) {
        return prefix(classId, subjectId, semester) + studentId;
    }

    /** What every audit subject of one class × subject × semester starts with. */
    public static String prefix(long classId, long subjectId, int semester) {
        return "gb:" + classId + ":" + subjectId + ":" + semester + ":";
    }
}
