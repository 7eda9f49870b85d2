package vn.khaothi.engine.domain.gradebook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where amendments (đính chính) are kept; in the transaction of {@link GradebookRepository#atomically}.
 * Implemented in {@code infrastructure/gradebook}. Lists are pending first, then newest, at most 200.
 */
public interface AmendmentRepository {

    /** Records a PENDING request; its id. */
    long request(long classId, long subjectId, int semester, long studentId, String column, CellValue wanted,
                 String reason, String requestedBy, Instant at);

    Optional<Amendment> find(long id);

    /** PENDING → APPROVED or REJECTED. */
    void decide(long id, boolean approved, String decidedBy, Instant at, String note);

    /** Every amendment (the management). */
    List<Amendment> all();

    /** Those a teacher asked for. */
    List<Amendment> requestedBy(String username);
}
