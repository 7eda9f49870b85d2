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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.itembank.application.bank.ImportTarget;
import vn.khaothi.itembank.application.bank.ItemBank;
import vn.khaothi.itembank.application.bank.Views;
import vn.khaothi.itembank.application.importing.AnswerKeyFile;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import vn.khaothi.web.security.Caller;

/**
 * Imports into the item bank over HTTP (api-contract.md, "Item bank"): a file of items (or a Word bank
 * with its answer key in a second file) stored as drafts, its preview, and the progress of a long
 * import. Split from {@link BankResource}; the paths are those of the contract.
 */
@Path("/bank/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.TEACHERS_AND_ADMIN)
public class BankImportResource {

    /** 20 MB holds tens of thousands of text items, or a Word file with pictures. */
    static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    @Inject
    ItemBank bank;

    @Context
    SecurityContext security;

    @Inject
    ImportProgressBoard progressBoard;

    private Actor actor() {
        Caller caller = (Caller) security.getUserPrincipal();
        return bank.actor(caller.username(), caller.roles());
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    @Operation(summary = "Import a file of items (gift, moodle-xml, aiken, qti21, docx, khaothi-json) as DRAFT items; "
            + "422 IMPORT_INVALID listing every problem with its line, and nothing stored; 413 over 20 MB. "
            + "mode=valid-only stores the valid items and lists the rest as problems (skipped). As multipart/form-data: "
            + "part file (the bank) and, for docx, part answerKey (the answer key in a separate .docx, .xlsx or .txt file)")
    public Views.ImportReport importFile(@QueryParam("format") String format, @QueryParam("subject") String subject,
                                         @QueryParam("grade") Integer grade, @QueryParam("chapter") String chapter,
                                         @QueryParam("level") String level, @QueryParam("progress") String progress,
                                         @QueryParam("mode") String mode, InputStream body) {
        ItemFormat itemFormat = BankResource.format(format, "format");
        return importFiles(itemFormat, new Upload(bodyFile(body), null), subject, grade, chapter, level,
                progress, mode);
    }

    /** The same import with the bank and, for a Word bank, its answer key in a second file (issue 18). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    public Views.ImportReport importParts(@QueryParam("format") String format, @QueryParam("subject") String subject,
                                          @QueryParam("grade") Integer grade, @QueryParam("chapter") String chapter,
                                          @QueryParam("level") String level, @QueryParam("progress") String progress,
                                          @QueryParam("mode") String mode, List<EntityPart> parts) {
        ItemFormat itemFormat = BankResource.format(format, "format");
        return importFiles(itemFormat, upload(parts, itemFormat), subject, grade, chapter, level, progress, mode);
    }

    private Views.ImportReport importFiles(ItemFormat itemFormat, Upload upload, String subject, Integer grade,
                                           String chapter, String level, String progress, String mode) {
        boolean validOnly = validOnly(mode);
        CognitiveLevel defaultLevel = level == null || level.isBlank() ? null : enumOf(CognitiveLevel.class, level, "level");
        try {
            return bank.importFile(actor(), itemFormat, upload.file(), upload.answerKey(),
                    new ImportTarget(subject, grade, chapter, defaultLevel), progressBoard.listener(progress), validOnly);
        } finally {
            progressBoard.done(progress);
        }
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    @Operation(summary = "What an import of the file would store, question by question (type, stem, options, key, "
            + "warnings), and the problems; stores nothing. Takes the same bodies as POST /bank/imports")
    public Views.ImportPreview previewImport(@QueryParam("format") String format, InputStream body) {
        ItemFormat itemFormat = BankResource.format(format, "format");
        return bank.preview(itemFormat, bodyFile(body), null);
    }

    /** The preview of a bank sent with its answer key in a second file (multipart, as for the import). */
    @POST
    @Path("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    public Views.ImportPreview previewParts(@QueryParam("format") String format, List<EntityPart> parts) {
        ItemFormat itemFormat = BankResource.format(format, "format");
        Upload upload = upload(parts, itemFormat);
        return bank.preview(itemFormat, upload.file(), upload.answerKey());
    }

    /** What an import request carries: the bank file and, for a Word bank, maybe a separate answer key. */
    private record Upload(byte[] file, AnswerKeyFile answerKey) {
    }

    private static byte[] bodyFile(InputStream body) {
        byte[] file = read(body, MAX_IMPORT_BYTES);
        if (file.length == 0) {
            throw ApiException.invalid("body", "Send the file as the request body");
        }
        return file;
    }

    /**
     * The parts of a multipart import: "file" (required) and "answerKey" (Word only; its kind is judged
     * from its bytes). Both together stay under the 20 MB of an import; a part of another name is refused.
     */
    private static Upload upload(List<EntityPart> parts, ItemFormat format) {
        byte[] file = null;
        AnswerKeyFile answerKey = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            int room = MAX_IMPORT_BYTES - (file == null ? 0 : file.length)
                    - (answerKey == null ? 0 : answerKey.bytes().length);
            switch (part.getName()) {
                case "file" -> file = read(part.getContent(), room);
                case "answerKey" -> {
                    byte[] bytes = read(part.getContent(), room);
                    String name = part.getFileName().orElse("");
                    if (bytes.length > 0 || !name.isBlank()) {
                        answerKey = new AnswerKeyFile(name, bytes);
                    }
                }
                default -> throw ApiException.invalid(part.getName(),
                        "An import takes the parts file and answerKey, not " + part.getName());
            }
        }
        if (file == null || file.length == 0) {
            throw ApiException.invalid("file", "Send the bank as the part named file");
        }
        if (answerKey != null && !format.takesAnswerKeyFile()) {
            throw ApiException.invalid("answerKey", "Only a Word (docx) bank takes its answer key in a separate file");
        }
        return new Upload(file, answerKey);
    }

    private static boolean validOnly(String mode) {
        if (mode == null || mode.isBlank() || mode.equals("all-or-nothing")) {
            return false;
        }
        if (mode.equals("valid-only")) {
            return true;
        }
        throw ApiException.invalid("mode", "mode is all-or-nothing (the default) or valid-only");
    }

    @GET
    @Path("/progress/{key}")
    @Allowed(Audience.TEACHERS_AND_ADMIN)
    @Operation(summary = "How far the import sent with ?progress={key} has got: stage PARSING|STORING|DONE, parsed, total")
    public ImportProgressBoard.Progress importProgress(@PathParam("key") String key) {
        return progressBoard.get(key).orElseThrow(() -> new ApiException(Refusal.Kind.NOT_FOUND, "NOT_FOUND", "No import with that key", null));
    }

    /** At most {@code room} bytes (of the 20 MB an import may send), else 413 FILE_TOO_LARGE. */
    private static byte[] read(InputStream body, int room) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] file = body.readNBytes(Math.max(0, room) + 1);
            if (file.length > room) {
                throw new ApiException(Refusal.Kind.TOO_LARGE, "FILE_TOO_LARGE", "The file is larger than 20 MB; split it", null);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "Unknown " + field + " " + value);
        }
    }
}
