package vn.khaothi.web.papers;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.itembank.application.bank.ItemBank;
import vn.khaothi.engine.application.paper.BlueprintLibrary;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import vn.khaothi.web.security.Caller;

/** Saved blueprints (ma trận đề): reusable, versioned per subject, grade, kind and name. */
@Path("/blueprints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.STAFF)
public class BlueprintResource {

    @Inject
    BlueprintLibrary library;

    @Inject
    ItemBank bank;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS_PRINCIPAL_AND_ADMIN)
    @Operation(summary = "Save a blueprint under a name: the next version of that name (201)")
    public Response save(@NotNull @Valid PaperRequests.SavedBlueprint body) {
        Caller caller = (Caller) security.getUserPrincipal();
        List<BlueprintCell> cells = body.blueprint.cells.stream().map(c -> new BlueprintCell(c.chapter, c.level, c.type,
                c.count, c.pointsEach, c.specification)).toList();
        return Response.status(201).entity(PaperJson.Blueprint.of(library.save(bank.actor(caller.username(), caller.roles()),
                body.subject, body.grade, body.kind, body.name.strip(), body.blueprint.durationMinutes, cells))).build();
    }

    @GET
    @Operation(summary = "Every saved version of a subject's and grade's blueprints, newest first per name")
    public List<PaperJson.Blueprint> list(@QueryParam("subject") String subject, @QueryParam("grade") Integer grade) {
        if (subject == null || grade == null) {
            throw ApiException.invalid("subject", "subject and grade are required");
        }
        return library.list(subject, grade).stream().map(PaperJson.Blueprint::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One saved blueprint version")
    public PaperJson.Blueprint get(@PathParam("id") long id) {
        return PaperJson.Blueprint.of(library.get(id));
    }
}
