package vn.khaothi.engine.domain.gradebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where appeals (phúc khảo) are kept; in the transaction of {@link GradebookRepository#atomically}.
 * Implemented in {@code infrastructure/gradebook}. Lists are newest first, at most 200.
 */
public interface AppealRepository {

    /** Files an appeal (status FILED); its id. */
    long file(long classId, long subjectId, int semester, long studentId, String column, BigDecimal original,
              String reason, String filedBy, Instant at);

    Optional<Appeal> find(long id);

    /** FILED → ASSIGNED with the second marker; false when it was no longer FILED. */
    boolean assign(long id, String marker, String assignedBy);

    /** The outcome: KEPT or CHANGED with the score and the marker's note. */
    void decide(long id, String status, BigDecimal outcome, String note, Instant at);

    /** Every appeal (the management). */
    List<Appeal> all();

    /** A student's own, by username. */
    List<Appeal> ofStudentAccount(String username);

    /** A teacher's: those they mark, of the subjects whose group they head, of the class they are homeroom teacher of. */
    List<Appeal> forTeacher(String username);

    /** A student's, by database id, for their results page (not limited). */
    List<Appeal> ofStudent(long studentId);
}
