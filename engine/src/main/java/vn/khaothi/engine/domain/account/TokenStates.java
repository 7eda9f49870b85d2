package vn.khaothi.engine.domain.account;

import java.time.Instant;

/**
 * Where an account's token state is read and a signed-out token id is kept (table
 * {@code revoked_token}, the account's {@code token_epoch}); every node of a cluster reads the same.
 * Implemented in {@code infrastructure.account}; the caching is the application's
 * ({@code TokenRevocation}).
 */
public interface TokenStates {

    /** The account's state, with the ids revoked that expire at or after {@code now}; {@link TokenState#UNKNOWN} when there is no such account. */
    TokenState of(String username, Instant now);

    /** This token id is refused from now on (kept once, until {@code expiresAt}). */
    void revoke(String username, String jti, Instant expiresAt, Instant now);

    /** Forgets the ids whose tokens expired before {@code now}: they are refused by their signature anyway. */
    void dropExpired(Instant now);
}
