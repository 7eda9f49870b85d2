package vn.khaothi.engine.domain.remote;

import vn.khaothi.itembank.domain.workflow.Actor;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * In what capacity someone decides a remote request: as the principal (head of the school), or as
 * a deputy signing "KT. Hiệu trưởng" on the principal's behalf under a delegation valid at that
 * instant (regulations.md §4).
 *
 * @param decidedBy    who decides
 * @param decidedAs    PRINCIPAL or DEPUTY_PRINCIPAL
 * @param onBehalfOf   the principal when a deputy signs, else null
 * @param delegationId the delegation the deputy acts under, else null
 */
public record DecisionAuthority(String decidedBy, Role decidedAs, String onBehalfOf, String delegationId) {

    /**
     * The actor's authority at {@code at}, or a {@link NotAllowedException}: {@code NOT_A_DECIDER}
     * for anyone but a principal or deputy; {@code NO_CURRENT_DELEGATION} for a deputy whose
     * delegations are missing, expired, not yet valid or of another scope.
     */
    public static DecisionAuthority resolve(Actor actor, Collection<Delegation> delegations, Instant at) {
        return find(actor, delegations, at).orElseThrow(() -> actor.has(Role.DEPUTY_PRINCIPAL)
                ? new NotAllowedException("NO_CURRENT_DELEGATION", actor.username()
                        + " holds no delegation of the principal for " + Delegation.REMOTE_ASSESSMENT + " valid at " + at)
                : new NotAllowedException("NOT_A_DECIDER", actor.username()
                        + " may not decide remote-assessment requests: only the principal, or a deputy under a delegation"));
    }

    /** As {@link #resolve}, without the refusal: empty when the actor may not decide. */
    public static Optional<DecisionAuthority> find(Actor actor, Collection<Delegation> delegations, Instant at) {
        return find(actor, delegations, at, Delegation.REMOTE_ASSESSMENT);
    }

    /**
     * The actor's authority at {@code at} for a decision of {@code scope}: the principal always; a
     * deputy only under a delegation of that very scope valid then (a delegation to decide remote
     * requests does not let the deputy lock the gradebook). Empty when the actor may not decide.
     */
    public static Optional<DecisionAuthority> find(Actor actor, Collection<Delegation> delegations, Instant at, String scope) {
        if (actor.has(Role.PRINCIPAL)) {
            return Optional.of(new DecisionAuthority(actor.username(), Role.PRINCIPAL, null, null));
        }
        if (actor.has(Role.DEPUTY_PRINCIPAL)) {
            return delegations.stream()
                    .filter(d -> d.covers(actor.username(), scope, at))
                    .findFirst()
                    .map(d -> new DecisionAuthority(actor.username(), Role.DEPUTY_PRINCIPAL, d.principalId(), d.id()));
        }
        return Optional.empty();
    }

    /** How the decision is signed: "Hiệu trưởng", or "KT. Hiệu trưởng / Phó Hiệu trưởng". */
    public String signature() {
        return onBehalfOf == null ? "Hiệu trưởng" : "KT. Hiệu trưởng / Phó Hiệu trưởng";
    }
}
