package vn.khaothi.web.scan;

import vn.khaothi.itembank.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.scan.ScanService;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import vn.khaothi.web.security.Caller;

/**
 * Scanned answer sheets of paper tests (api-contract.md "Paper tests: scanned answer sheets"): upload, the
 * batch's progress and sheets, one sheet with its photo and detected marks, corrections, confirmation. Staff
 * roles only; the service further limits each batch to its sitting's staff and the teachers of its subject.
 */
@Path("/scans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Scans", description = "Paper answer sheets read from photos and scans")
@Allowed(Audience.STAFF)
public class ScanResource {

    private static final int MAX_BYTES = 80 * 1024 * 1024;

    @Inject
    ScanService scans;

    @Context
    SecurityContext security;

    private Actor viewer() {
        Caller caller = (Caller) security.getUserPrincipal();
        return caller.actor();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload one photo (JPEG/PNG) or a multi-page PDF scan of answer sheets for an IN_PERSON "
            + "sitting: 202 {batchId}; the pages are read in the background (GET the batch for progress); "
            + "&batchId= adds the pages to an unconfirmed batch of the same sitting")
    public Response upload(@QueryParam("sittingId") Long sittingId, @QueryParam("batchId") Long batchId,
            InputStream body) {
        if (sittingId == null) {
            throw ApiException.invalid("sittingId", "sittingId is required");
        }
        long id = scans.upload(viewer(), sittingId, batchId, read(body));
        return Response.status(202).entity(Map.of("batchId", id)).build();
    }

    @GET
    @Path("/batches/{batchId}")
    @Operation(summary = "A batch: PROCESSING|DONE, progress {done,total}, and every sheet read (student, version, "
            + "answers with null for blank, preview score, READ|NEEDS_REVIEW|REJECTED, problems)")
    public JsonObject batch(@PathParam("batchId") long batchId) {
        return ScanJson.batch(scans.batch(viewer(), batchId));
    }

    @GET
    @Path("/sheets/{sheetId}")
    @Operation(summary = "One sheet for review: as in the batch, plus the detected marks in photo pixels "
            + "([x,y,r,F|E|U,question]) and every correction made (who, when, reason, before, after)")
    public JsonObject sheet(@PathParam("sheetId") long sheetId) {
        return ScanJson.sheet(scans.sheet(viewer(), sheetId));
    }

    @GET
    @Path("/sheets/{sheetId}/image")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The photo of a sheet as read (JPEG)")
    public Response image(@PathParam("sheetId") long sheetId) {
        return Response.ok(scans.image(viewer(), sheetId), "image/jpeg")
                .header("Cache-Control", "private, max-age=3600").build();
    }

    @PUT
    @Path("/sheets/{sheetId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a sheet {answers?, studentNumber?, versionCode?, reason}: the corrected sheet; "
            + "every correction is kept with who, when, before and after; 409 once the batch is confirmed")
    public JsonObject correct(@PathParam("sheetId") long sheetId, JsonObject body) {
        if (body == null) {
            throw ApiException.invalid("body", "A JSON object is required");
        }
        return ScanJson.sheet(scans.correct(viewer(), sheetId, ScanJson.correction(body)));
    }

    @POST
    @Path("/batches/{batchId}/confirm")
    @Operation(summary = "The sheets become the students' attempts (steps with source SCAN) and are scored; "
            + "409 SHEETS_NEED_REVIEW while a sheet needs review, DUPLICATE_STUDENT, ATTEMPT_CLOSED")
    public JsonObject confirm(@PathParam("batchId") long batchId) {
        return ScanJson.confirmed(scans.confirm(viewer(), batchId));
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] file = body.readNBytes(MAX_BYTES + 1);
            if (file.length > MAX_BYTES) {
                throw new ApiException(Refusal.Kind.TOO_LARGE, "FILE_TOO_LARGE", "Tệp lớn hơn 80 MB / the upload is larger than 80 MB",
                        null);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
