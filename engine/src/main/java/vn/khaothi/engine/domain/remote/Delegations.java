package vn.khaothi.engine.domain.remote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The repository of delegations (ủy quyền), bound to one transaction like {@link RemoteRequests}. Never
 * deleted: a revocation ends the period, so the history stays.
 */
public interface Delegations {

    void insert(Delegation delegation);

    /** Every delegation ever given to this person (the domain picks the one valid at an instant). */
    List<Delegation> toDeputy(String deputyId);

    /** One delegation by id, locked for update. */
    Optional<Delegation> byId(String id);

    /** Ends a delegation's period (revocation), saying who and when. */
    void revoke(Delegation revoked, String by, Instant at);

    /** The active accounts holding the PRINCIPAL role: the only ones whose authority can be delegated. */
    List<String> schoolPrincipals();
}
