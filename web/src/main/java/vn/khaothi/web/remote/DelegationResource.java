package vn.khaothi.web.remote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.remote.RemoteAssessmentService;
import vn.khaothi.engine.application.remote.RemoteRecords;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/**
 * Delegations (ủy quyền) of the principal's authority to decide remote-assessment requests to a
 * deputy principal, for a period. Recorded by the principal (or an admin on their instruction),
 * never deleted: a shorter one is recorded instead.
 */
@Path("/delegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.LEADERS_AND_ADMIN)
public class DelegationResource {

    @Inject
    RemoteAssessmentService service;

    @Inject
    RemoteRecords records;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.PRINCIPAL_AND_ADMIN)
    @Operation(summary = "Record a delegation {deputyId, validFrom, validUntil (a school year at most), scope "
            + "REMOTE_ASSESSMENT|MATERIALS_APPROVAL|GRADEBOOK_LOCK, principalId (admin; must be the school's principal)} → 201")
    public Response record(@NotNull @Valid RemoteRequestBodies.DelegationRequest body) {
        Actor actor = Callers.actor(security);
        String principal = body.principalId != null && !body.principalId.isBlank() ? body.principalId.strip()
                : actor.has(Role.PRINCIPAL) ? actor.username() : null;
        if (principal == null) {
            throw ApiException.invalid("principalId", "an administrator names the principal whose authority is delegated");
        }
        String scope = body.scope == null || body.scope.isBlank() ? Delegation.REMOTE_ASSESSMENT : body.scope.strip();
        if (!Delegation.SCOPES.contains(scope)) {
            throw ApiException.invalid("scope", "the scope is " + Delegation.REMOTE_ASSESSMENT + ", " + Delegation.MATERIALS_APPROVAL
                    + " or " + Delegation.GRADEBOOK_LOCK);
        }
        if (records.accountsWithRole(Role.DEPUTY_PRINCIPAL).stream().noneMatch(a -> a[0].equals(body.deputyId.strip()))) {
            throw ApiException.invalid("deputyId", "deputyId must be an active deputy principal's username");
        }
        Delegation d = service.recordDelegation(actor, principal, body.deputyId.strip(), scope,
                instant(body.validFrom, "validFrom"), instant(body.validUntil, "validUntil"));
        return Response.status(201).entity(RemoteViews.DelegationView.of(d, Instant.now())).build();
    }

    @GET
    @Operation(summary = "Delegations, newest first: all of them for the principal and admins, a deputy's own for a deputy")
    public List<RemoteViews.DelegationView> list() {
        Actor actor = Callers.actor(security);
        boolean all = actor.has(Role.PRINCIPAL) || actor.has(Role.ADMIN);
        Instant now = Instant.now();
        return records.delegations(all ? null : actor.username()).stream().map(d -> RemoteViews.DelegationView.of(d, now)).toList();
    }

    @POST
    @Path("/{id}/revoke")
    @Allowed(Audience.PRINCIPAL_AND_ADMIN)
    @Operation(summary = "Revoke a delegation now (the principal who gave it, or an admin): its period ends, with an "
            + "entry in the audit chain → 200; 404 unknown, 409 already over")
    public RemoteViews.DelegationView revoke(@PathParam("id") String id) {
        Delegation revoked = service.revokeDelegation(Callers.actor(security), id);
        return RemoteViews.DelegationView.of(revoked, Instant.now());
    }

    @GET
    @Path("/deputies")
    @Allowed(Audience.PRINCIPAL_AND_ADMIN)
    @Operation(summary = "The deputy principals a delegation may name")
    public List<RemoteViews.Person> deputies() {
        return records.accountsWithRole(Role.DEPUTY_PRINCIPAL).stream().map(a -> new RemoteViews.Person(a[0], a[1], null)).toList();
    }

    private static Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException again) {
                throw ApiException.invalid(field, field + " must be an ISO-8601 instant, e.g. 2026-11-22T00:00:00Z");
            }
        }
    }
}
