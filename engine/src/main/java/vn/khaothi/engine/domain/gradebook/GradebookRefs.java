package vn.khaothi.engine.domain.gradebook;

import java.time.Instant;

/** The plain rows the gradebook reads: a class, a subject, a student and a stored cell. */
public final class GradebookRefs {

    private GradebookRefs() {
    }

    /** A class of the current school year (lớp): id, code, grade, the homeroom teacher's username and the year. */
    public record ClassRef(long id, String code, int grade, String homeroomUsername, String schoolYear) {
    }

    /** A subject (môn học) with its periods per year at the class's grade and whether it is commentary-only. */
    public record SubjectRef(long id, String code, String nameVi, String nameEn, boolean commentaryOnly, int periodsPerYear) {
    }

    /** A student: database id, username (the API's studentId), code and full name. */
    public record StudentRef(long id, String username, String code, String name) {
    }

    /** A stored cell with its version (optimistic concurrency) and last writer. */
    public record StoredCell(CellValue value, int version, String updatedBy, Instant updatedAt) {
    }
}
