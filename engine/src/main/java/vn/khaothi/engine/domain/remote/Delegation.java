package vn.khaothi.engine.domain.remote;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.khaothi.engine.domain.account.Role;

/**
 * A recorded delegation (ủy quyền) from the principal to a deputy principal, for one scope and a
 * validity period {@code [validFrom, validUntil)}. Under it the deputy signs "KT. Hiệu trưởng".
 */
public record Delegation(String id, String principalId, String deputyId, String scope, Instant validFrom,
                         Instant validUntil, String recordedBy, Instant recordedAt) {

    /** The scope that lets a deputy decide remote-assessment requests. */
    public static final String REMOTE_ASSESSMENT = "REMOTE_ASSESSMENT";

    public Delegation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(deputyId, "deputyId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * Records a delegation. The principal records their own; an administrator may enter one on
     * the principal's written instruction. Nobody else may, and a delegation needs a real period.
     */
    public static Delegation record(String id, String principalId, String deputyId, String scope, Instant validFrom,
                                    Instant validUntil, Actor recorder, Instant now) {
        boolean principalHimself = recorder.has(Role.PRINCIPAL) && recorder.is(principalId);
        if (!principalHimself && !recorder.has(Role.ADMIN)) {
            throw new NotAllowedException("NOT_PRINCIPAL", recorder.id()
                    + " may not record a delegation of " + principalId + "'s authority");
        }
        if (deputyId == null || deputyId.isBlank() || deputyId.equals(principalId)) {
            throw new InvalidRemoteRequestException("deputyId", "DEPUTY", "a delegation names a deputy other than the principal");
        }
        if (scope == null || scope.isBlank()) {
            throw new InvalidRemoteRequestException("scope", "SCOPE", "a delegation has a scope");
        }
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
            throw new InvalidRemoteRequestException("validUntil", "PERIOD", "a delegation's period ends after it starts");
        }
        return new Delegation(id, principalId, deputyId, scope, validFrom.truncatedTo(ChronoUnit.MILLIS),
                validUntil.truncatedTo(ChronoUnit.MILLIS), recorder.id(), now.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Does this delegation let {@code deputy} act in {@code scope} at {@code instant}? */
    public boolean covers(String deputy, String wantedScope, Instant instant) {
        return deputyId.equals(deputy) && scope.equals(wantedScope)
                && !instant.isBefore(validFrom) && instant.isBefore(validUntil);
    }
}
