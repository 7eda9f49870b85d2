package vn.khaothi.engine.domain.gradebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What publishing a sitting's results into the gradebook (công bố điểm) reads from the sittings and
 * attempts, and the mark that they were published; in the transaction of
 * {@link GradebookRepository#atomically}. Implemented in {@code infrastructure/gradebook}.
 */
public interface PublishedSittings {

    /**
     * A sitting as publishing sees it: its class (null for a sitting given as a list of students),
     * subject, gradebook column, creator, opening and the number of attempts still waiting for an
     * essay's mark.
     */
    record Facts(String title, String classCode, Long classId, String subject, String column, String creator,
                 Instant opensAt, int waiting) {
    }

    /** A graded attempt's student and score, with the student's class in the current school year (null when none). */
    record Graded(String studentId, String name, BigDecimal score, String classCode, Long classId) {
    }

    Optional<Facts> facts(long sittingId);

    /** Every GRADED attempt with a score, by student code. */
    List<Graded> graded(long sittingId);

    /** The semester of the class's school year whose dates hold the day, or 0. */
    int semesterOf(long classId, LocalDate day);

    void markPublished(long sittingId, Instant at);
}
