package vn.khaothi.web.admin;

import vn.khaothi.itembank.domain.Refusal;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.people.ImportRejected;
import vn.khaothi.engine.application.people.ImportResult;
import vn.khaothi.engine.application.people.StudentImport;
import vn.khaothi.engine.application.people.TeacherImport;
import vn.khaothi.web.error.ApiException;

/** Bulk imports of people from CSV (UTF-8) or Excel (.xlsx), all-or-nothing. */
@Path("/admin/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.ADMIN)
public class ImportResource {

    /** 5 MB is ~50,000 students: more than any school has. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    StudentImport students;

    @Inject
    TeacherImport teachers;

    @POST
    @Path("/students")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import students into the current year's classes; 422 with every problem and its line, nothing stored")
    public ImportResult importStudents(byte[] file) {
        checkSize(file);
        try {
            return students.importFile(file);
        } catch (ImportRejected rejected) {
            throw rejected(rejected);
        }
    }

    @POST
    @Path("/teachers")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import teachers with their subjects and subject group; 422 with every problem and its line, nothing stored")
    public ImportResult importTeachers(byte[] file) {
        checkSize(file);
        try {
            return teachers.importFile(file);
        } catch (ImportRejected rejected) {
            throw rejected(rejected);
        }
    }

    private static ApiException rejected(ImportRejected rejected) {
        // Each problem with a code and parameters besides its sentence: the page says it in the reader's language.
        return new ApiException(Refusal.Kind.UNPROCESSABLE, "IMPORT_INVALID", rejected.getMessage(), rejected.problems().stream().map(p -> {
            java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
            d.put("line", p.line());
            d.put("message", p.message());
            d.put("code", vn.khaothi.itembank.application.Problems.code(p.message()));
            d.put("params", vn.khaothi.itembank.application.Problems.params(p.message()));
            return d;
        }).toList());
    }

    private static void checkSize(byte[] file) {
        if (file == null || file.length == 0) {
            throw ApiException.invalid("body", "Send the CSV or .xlsx file as the request body");
        }
        if (file.length > MAX_BYTES) {
            throw new ApiException(Refusal.Kind.TOO_LARGE, "FILE_TOO_LARGE", "The file is larger than 5 MB", null);
        }
    }
}
