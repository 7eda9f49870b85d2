package vn.khaothi.engine.domain.gradebook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;

/**
 * Where the gradebook (sổ điểm) is kept: its cells with their versions, the lock, the conduct the
 * homeroom teacher entered, and the school structure it is laid out on. Implemented in
 * {@code infrastructure/gradebook}.
 *
 * <p>Every method works in the transaction of the enclosing {@link #atomically} call, so a cell and
 * its audit entry (who, when, before, after, why) are committed together or not at all. A storage
 * failure is unchecked and never a refusal — except the two ways a concurrent writer shows itself
 * (a cell's version moved between reading and writing, or a duplicate key), which {@link #atomically}
 * refuses as 409 {@code STALE_WRITE}.
 */
public interface GradebookRepository {

    /**
     * Runs the work in one transaction (the caller's when there is one). A refusal thrown by the work
     * rolls back and reaches the caller unchanged; a concurrent write becomes 409 STALE_WRITE; any
     * other storage failure an {@link IllegalStateException}.
     */
    <T> T atomically(Supplier<T> work);

    // ---- school structure -----------------------------------------------------------------------

    /** The class with this code in the current school year (else the latest year that has it). */
    Optional<ClassRef> classByCode(String code);

    /** The classes of the current school year, by grade and code. */
    List<ClassRef> currentClasses();

    /** The subject with this code and its periods at {@code grade} (0 when it is not offered there). */
    Optional<SubjectRef> subject(String code, int grade);

    /** The subjects offered at a grade, in the curriculum's order. */
    List<SubjectRef> subjectsOfGrade(int grade);

    /** The class's students, by code. */
    List<StudentRef> students(long classId);

    /** The class a student (by username) is enrolled in this year, if any. */
    Optional<String> classOfStudent(String username);

    /** Does this account teach the subject in the class (phân công giảng dạy)? */
    boolean teaches(String username, long classId, long subjectId);

    /** Is this account the head of a subject group (tổ chuyên môn) that covers the subject? */
    boolean headsGroupOf(String username, long subjectId);

    // ---- cells ----------------------------------------------------------------------------------

    /** Every stored cell of one class × subject × semester: student id → column → cell. */
    Map<Long, Map<String, StoredCell>> cells(long classId, long subjectId, int semester);

    /** Every stored cell of a class: subject id → semester → student id → column → cell. */
    Map<Long, Map<Integer, Map<Long, Map<String, StoredCell>>>> cellsOfClass(long classId);

    /** One cell, locked until the transaction ends, or empty when it was never written. */
    Optional<StoredCell> cellForUpdate(long classId, long subjectId, int semester, long studentId, String column);

    /**
     * Writes a cell: inserted at version 1 when {@code previousVersion} is null, else updated from that
     * version (a version that moved meanwhile makes the enclosing {@link #atomically} refuse STALE_WRITE).
     * Answers the new version.
     */
    int write(long classId, long subjectId, int semester, long studentId, String column, CellValue value,
              Integer previousVersion, String by, Instant at);

    // ---- the lock (chốt sổ) ---------------------------------------------------------------------

    /** Who locked the class's semester, if it is locked. */
    Optional<String> lockedBy(long classId, int semester);

    void lock(long classId, int semester, String by, String onBehalfOf, Instant at);

    // ---- history: the audit chain ---------------------------------------------------------------

    /** Appends to the hash-chained audit trail, in the same transaction as the change it records. */
    void audit(AuditEvent event);

    /**
     * The changes of one class × subject × semester (or of one student there when
     * {@code studentId} is not null), oldest first, read from the audit chain — never from a table
     * that could be rewritten.
     */
    List<CellChange> history(long classId, long subjectId, int semester, Long studentId);

    // ---- conduct and absences (results) ---------------------------------------------------------

    /** student id → period (1, 2, YEAR) → conduct level, for a class. */
    Map<Long, Map<String, String>> conduct(long classId);

    /** Records (or replaces) a student's conduct for a period. */
    void saveConduct(long classId, long studentId, String period, String level, String by, Instant at);

    /** student id → half days absent, for a class. */
    Map<Long, Integer> absences(long classId);

    // ---- the school's settings the gradebook reads ----------------------------------------------

    Optional<String> setting(String name);

    /** Adds a setting (a second add of the same name is a duplicate key). */
    void addSetting(String name, String value);
}
