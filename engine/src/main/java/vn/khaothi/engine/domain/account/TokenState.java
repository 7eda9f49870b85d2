package vn.khaothi.engine.domain.account;

import java.util.Set;

/**
 * What decides about an account's tokens (trạng thái phiên): whether it exists and is active, its
 * token epoch, and the token ids signed out and not yet expired.
 */
public record TokenState(boolean exists, boolean active, int epoch, Set<String> revoked) {

    /** No such account: none of its tokens is honoured. */
    public static final TokenState UNKNOWN = new TokenState(false, false, -1, Set.of());

    public TokenState {
        revoked = Set.copyOf(revoked);
    }

    /** True for a token issued under {@code tokenEpoch} with id {@code jti}, while nothing ended it. */
    public boolean accepts(int tokenEpoch, String jti) {
        return exists && active && tokenEpoch == epoch && (jti == null || !revoked.contains(jti));
    }
}
