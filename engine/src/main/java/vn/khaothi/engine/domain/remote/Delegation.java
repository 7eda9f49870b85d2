package vn.khaothi.engine.domain.remote;

import vn.khaothi.itembank.domain.workflow.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * A recorded delegation (ủy quyền) from the principal to a deputy principal, for one scope and a
 * validity period {@code [validFrom, validUntil)}. Under it the deputy signs "KT. Hiệu trưởng".
 */
public record Delegation(String id, String principalId, String deputyId, String scope, Instant validFrom,
                         Instant validUntil, String recordedBy, Instant recordedAt) {

    /** The scope that lets a deputy decide remote-assessment requests. */
    public static final String REMOTE_ASSESSMENT = "REMOTE_ASSESSMENT";
    /** The scope that lets a deputy approve items and papers for the principal (the item bank reads it). */
    public static final String MATERIALS_APPROVAL = "MATERIALS_APPROVAL";
    /**
     * The scope that lets a deputy lock a class's semester gradebook (chốt sổ) and approve the
     * amendments asked for after the lock, for the principal (issue 13).
     */
    public static final String GRADEBOOK_LOCK = "GRADEBOOK_LOCK";
    public static final Set<String> SCOPES = Set.of(REMOTE_ASSESSMENT, MATERIALS_APPROVAL, GRADEBOOK_LOCK);
    /** A delegation lasts a school year at most (issue 11, finding 7: one was recorded for 110 years). */
    public static final Duration MAX_PERIOD = Duration.ofDays(366);

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
            throw new NotAllowedException("NOT_PRINCIPAL", recorder.username()
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
        if (Duration.between(validFrom, validUntil).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidRemoteRequestException("validUntil", "PERIOD_TOO_LONG",
                    "a delegation lasts a school year at most (" + MAX_PERIOD.toDays() + " days)");
        }
        return new Delegation(id, principalId, deputyId, scope, validFrom.truncatedTo(ChronoUnit.MILLIS),
                validUntil.truncatedTo(ChronoUnit.MILLIS), recorder.username(), now.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Does this delegation let {@code deputy} act in {@code scope} at {@code instant}? */
    public boolean covers(String deputy, String wantedScope, Instant instant) {
        return deputyId.equals(deputy) && scope.equals(wantedScope)
                && !instant.isBefore(validFrom) && instant.isBefore(validUntil);
    }

    /**
     * Only the school's principal delegates the principal's authority: an administrator once named
     * a teacher as "the principal" (issue 11, finding 7).
     */
    public static void requireSchoolPrincipal(String principalId, Collection<String> schoolPrincipals) {
        if (principalId == null || !schoolPrincipals.contains(principalId)) {
            throw new InvalidRemoteRequestException("principalId", "NOT_THE_PRINCIPAL",
                    principalId + " is not the school's principal");
        }
    }

    /**
     * Revokes the delegation now: its period ends at {@code now} (never deleted: the history stays).
     * The principal who gave it, or an administrator; a delegation already over is a conflict.
     */
    public Delegation revoke(Actor revoker, Instant now) {
        boolean principalHimself = revoker.has(Role.PRINCIPAL) && revoker.is(principalId);
        if (!principalHimself && !revoker.has(Role.ADMIN)) {
            throw new NotAllowedException("NOT_PRINCIPAL", revoker.username() + " may not revoke " + principalId + "'s delegation");
        }
        if (!validUntil.isAfter(now)) {
            throw new ConflictException("DELEGATION_OVER", "this delegation is already over");
        }
        Instant end = now.isBefore(validFrom) ? validFrom : now.truncatedTo(ChronoUnit.MILLIS);
        return new Delegation(id, principalId, deputyId, scope, validFrom, end, recordedBy, recordedAt);
    }
}
