package vn.khaothi.engine.application.analytics;

import java.util.List;
import java.util.Set;
import vn.khaothi.engine.domain.analytics.SubjectRecord;

/**
 * What analytics reads of the gradebook (sổ điểm) and of who teaches what — it never writes.
 * Implemented in {@code infrastructure/analytics} (plain JDBC: one query for the rows, one for the teachers).
 */
public interface GradebookFigures {

    /** What was read, with the school year the classes belong to (e.g. "2025-2026"), or null when empty. */
    record Read(List<SubjectRecord> records, String schoolYear) {
    }

    /** What a teacher may read: "class|subject" pairs they teach and the classes they are homeroom teacher of. */
    record Scope(Set<String> taught, Set<String> homeroomClasses) {
        public boolean covers(String classCode, String subject) {
            return homeroomClasses.contains(classCode) || taught.contains(classCode + "|" + subject);
        }
    }

    /** The current school year's gradebook rows; each filter may be null. */
    Read records(Integer semester, String subject, String classCode);

    Scope scopeOf(String username);

    /** The subjects a person heads (subject groups) or teaches, by code. */
    Set<String> subjectsOf(String username);
}
