package vn.khaothi.engine.domain.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the failed sign-ins of a username or an address are counted ({@link SignInFailures}), in
 * the caller's transaction, shared by every node of a cluster. Rows read here are the unit of
 * work's: {@link SignInFailures#recordFailure} is stored when the transaction commits.
 * Implemented in {@code infrastructure.account}.
 */
public interface SignInFailureRepository {

    /** The subject's failures, locked until the transaction ends (a success then clears them safely). */
    Optional<SignInFailures> locked(String subject);

    /** The subject's failures as last committed, without a lock (only read). */
    Optional<SignInFailures> read(String subject);

    /**
     * The subject's row, created with no failures when there is none, locked until the transaction
     * ends and as committed: two nodes failing the same subject at once count one after the other.
     */
    SignInFailures lockedOrNew(String subject, Instant now);

    /** A success: the subject's streak is forgotten. */
    void clear(SignInFailures failures);
}
