package vn.khaothi.web.remote;

import vn.khaothi.itembank.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.remote.EvidenceFile;
import vn.khaothi.engine.application.remote.EvidenceFiles;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/**
 * Evidence uploads for remote-assessment requests: the file is the request body (any declared
 * type: the type that counts is detected from the bytes), at most 10 MB; its name in
 * {@code X-File-Name} (URL-encoded) or {@code ?name=}. The upload belongs to its uploader until a
 * request of theirs names it; afterwards only the deciders read it (through the request).
 */
@Path("/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class EvidenceResource {

    @Inject
    EvidenceFiles files;

    @Context
    SecurityContext security;

    /** The upload as its uploader sees it. */
    public record Uploaded(String id, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Allowed(Audience.TEACHERS_AND_STUDENTS)
    @Operation(summary = "Upload one evidence file (PDF, JPEG, PNG or WebP by content, ≤ 10 MB) → 201 {id, fileName, "
            + "contentType, sizeBytes, sha256}; 413 EVIDENCE_TOO_LARGE, 422 INVALID (EVIDENCE_TYPE, EVIDENCE_SIZE, "
            + "TOO_MANY_UPLOADS: 20 not yet on a request); nothing stored on refusal; those who may file only")
    public Response upload(@HeaderParam("Content-Length") Long length, @HeaderParam("X-File-Name") String header,
                           @QueryParam("name") String query, InputStream body) {
        String uploader = Callers.actor(security).username();
        if (length != null && length > 2 * EvidenceRef.MAX_BYTES) {
            throw tooLarge();   // far too large: not even read (a file just over the limit is read and refused below)
        }
        byte[] content = read(body);
        String name = header != null ? URLDecoder.decode(header, StandardCharsets.UTF_8) : query;
        EvidenceFile file = files.store(uploader, name, content);
        return Response.status(201)
                .entity(new Uploaded(file.id(), file.fileName(), file.contentType(), file.sizeBytes(), file.sha256())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "The uploader removes an upload that no request names yet (204); 403 someone else's, 409 attached")
    public Response discard(@PathParam("id") String id) {
        files.discard(Callers.actor(security).username(), id);
        return Response.noContent().build();
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] content = body.readNBytes((int) EvidenceRef.MAX_BYTES + 1);
            if (content.length > EvidenceRef.MAX_BYTES) {
                throw tooLarge();
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge() {
        String[] text = RefusalTexts.of("INVALID", "EVIDENCE_SIZE");
        return new ApiException(Refusal.Kind.TOO_LARGE, "EVIDENCE_TOO_LARGE", "The file is larger than 10 MB",
                Map.of("reason", "EVIDENCE_SIZE", "field", "file", "vi", text[0], "en", text[1]));
    }
}
