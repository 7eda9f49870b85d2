package vn.khaothi.engine.application.remote;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.khaothi.engine.domain.remote.Delegation;

/**
 * Where delegations (ủy quyền) are kept, on the caller's connection and transaction. Never
 * deleted: a revocation ends the period, so the history stays.
 */
public interface Delegations {

    void insert(Delegation delegation) throws SQLException;

    /** Every delegation ever given to this person (the domain picks the one valid at an instant). */
    List<Delegation> toDeputy(String deputyId) throws SQLException;

    /** One delegation by id, locked for update. */
    Optional<Delegation> byId(String id) throws SQLException;

    /** Ends a delegation's period (revocation), saying who and when. */
    void revoke(Delegation revoked, String by, Instant at) throws SQLException;

    /** The active accounts holding the PRINCIPAL role: the only ones whose authority can be delegated. */
    List<String> schoolPrincipals() throws SQLException;
}
