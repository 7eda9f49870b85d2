package vn.khaothi.engine.domain.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where attempts' states are kept, so that any node can act on one (the answers themselves go through
 * the {@link AttemptJournal}). Saves are optimistic: a save names the version it loaded and fails with
 * {@link ConcurrentAttemptChange} if another node saved in between — reload and run the command again,
 * which re-checks its guard. Implemented in {@code infrastructure/attempt}; a storage failure is an
 * unchecked exception, never a refusal.
 */
public interface AttemptRepository {

    /** An attempt's state and the version it was read at. */
    record Stored(AttemptSnapshot snapshot, int version) {
    }

    /** Another node saved the attempt since it was loaded. */
    final class ConcurrentAttemptChange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConcurrentAttemptChange(long attemptId, int version) {
            super("attempt " + attemptId + " changed since version " + version);
        }
    }

    Optional<Stored> load(long attemptId);

    /** Saves the state over the one read at {@code version}; answers the new version. */
    int save(AttemptSnapshot attempt, int version);

    /** Running attempts whose deadline is at or before {@code now}, earliest first: the auto-submit sweep. */
    List<Long> expiredRunning(Instant now, int limit);
}
