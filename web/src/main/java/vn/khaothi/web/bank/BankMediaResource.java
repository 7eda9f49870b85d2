package vn.khaothi.web.bank;

import vn.khaothi.itembank.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.itembank.application.bank.BankMedia;
import vn.khaothi.itembank.infrastructure.format.MediaFiles;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import vn.khaothi.web.security.Caller;

/**
 * Pictures of items (docs/api.md, "Item bank"): referenced from item HTML as
 * {@code /api/v1/bank/media/<sha-256>}. Pages load them with the bearer token ({@code assets/media.js}).
 */
@Path("/bank/media")
@RequestScoped
@SecurityRequirement(name = "bearer")
@Allowed(Audience.EVERYONE)
public class BankMediaResource {

    private static final Set<String> STAFF = Set.of("TEACHER", "DEPARTMENT_HEAD", "PRINCIPAL", "DEPUTY_PRINCIPAL", "ADMIN");

    @Inject
    BankMedia media;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    @Operation(summary = "Store a picture (PNG, JPEG, GIF or WebP by its bytes, at most 2 MB; SVG refused) → 201 "
            + "{url, hash, mediaType, size}; 400 VALIDATION_FAILED otherwise, 413 over 2 MB")
    public Response upload(InputStream body) {
        byte[] bytes = read(body);
        Caller caller = (Caller) security.getUserPrincipal();
        return Response.status(201).entity(media.upload(caller.username(), bytes)).build();
    }

    @GET
    @Path("/{hash}")
    @Operation(summary = "A picture: staff always; a student only while an attempt of theirs in progress holds an item "
            + "showing it (403 otherwise); 404 when there is no such picture")
    public Response get(@PathParam("hash") String hash) {
        Caller caller = (Caller) security.getUserPrincipal();
        boolean staff = caller.roles().stream().anyMatch(STAFF::contains);
        var found = media.forCaller(caller.username(), staff, hash)
                .orElseThrow(() -> new ApiException(Refusal.Kind.NOT_FOUND, "NOT_FOUND", "No such picture", null));
        return Response.ok(found.bytes(), found.mediaType())
                .header("Content-Disposition", "inline")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(MediaFiles.MAX_BYTES + 1);
            if (bytes.length > MediaFiles.MAX_BYTES) {
                throw new ApiException(Refusal.Kind.TOO_LARGE, "FILE_TOO_LARGE", "A picture may be at most 2 MB; make it smaller", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
