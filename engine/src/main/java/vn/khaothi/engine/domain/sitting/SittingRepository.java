package vn.khaothi.engine.domain.sitting;

import java.util.List;
import java.util.Optional;

/**
 * Where sittings are kept (the one way to store and read them). Implemented in
 * {@code infrastructure/sitting}; a storage failure is an unchecked exception, never a refusal.
 */
public interface SittingRepository {

    /** Stores the sitting, its proctors, candidates and NOT_STARTED attempts at once; its id. */
    long create(PlannedSitting sitting);

    Optional<Sitting> find(long id);

    /** Usernames of the sitting's proctors, in order. */
    List<String> proctors(long sittingId);

    /** A sitting on someone's list: as a STUDENT (with their attempt), PROCTOR or CREATOR. */
    record Listed(Sitting sitting, Long attemptId, String attemptStatus, String role) {
    }

    /** The sittings a student is a candidate of, that someone proctors or created; newest first. */
    List<Listed> mine(String username, int limit);
}
