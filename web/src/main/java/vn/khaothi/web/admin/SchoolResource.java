package vn.khaothi.web.admin;

import vn.khaothi.itembank.domain.Refusal;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.SchoolDirectory;
import vn.khaothi.web.error.ApiException;

/** School structure for administrators (and, read-only, the school's leaders). */
@Path("/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.LEADERS_AND_ADMIN)
public class SchoolResource {

    @Inject
    SchoolDirectory directory;

    /** New subject; a class (not a record) because Payara's OpenAPI generator fails on record constraints. */
    public static class NewSubject {
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "code is upper-case ASCII, e.g. MATH")
        public String code;
        @NotBlank @Size(max = 200)
        public String nameVi;
        @NotBlank @Size(max = 200)
        public String nameEn;
        public boolean commentaryOnly;
        @Min(1) @Max(12)
        public int grade;
        @Min(1) @Max(400)
        public int periodsPerYear;
    }

    /** New school year with its two semesters (dates as yyyy-MM-dd). */
    public static class NewYear {
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "code looks like 2026-2027")
        public String code;
        @NotNull
        public java.time.LocalDate semester1Start;
        @NotNull
        public java.time.LocalDate semester1End;
        @NotNull
        public java.time.LocalDate semester2Start;
        @NotNull
        public java.time.LocalDate semester2End;
        public boolean current;
    }

    /** New class of the current school year. */
    public static class NewClass {
        @NotBlank @Pattern(regexp = "[0-9]{1,2}[A-Za-z0-9.]{1,10}", message = "code looks like 9A1")
        public String code;
        @Min(1) @Max(12)
        public int grade;
        public String homeroomTeacher;
    }

    /** New teaching assignment (phân công giảng dạy), by codes. */
    public static class NewAssignment {
        @NotBlank
        public String teacher;
        @NotBlank
        public String schoolClass;
        @NotBlank
        public String subject;
    }

    @GET
    @Path("/school-years")
    @Operation(summary = "School years with their semesters")
    public List<SchoolDirectory.YearView> years() {
        return directory.years();
    }

    @POST
    @Path("/school-years")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.ADMIN)
    @Operation(summary = "Create a school year with its semesters; current=true makes it the current year")
    public Response createYear(@NotNull @Valid NewYear year) {
        try {
            return Response.status(201).entity(directory(() -> directory.createYear(year.code, year.semester1Start,
                    year.semester1End, year.semester2Start, year.semester2End, year.current))).build();
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("semesters", e.getMessage());
        }
    }

    @GET
    @Path("/subjects")
    @Operation(summary = "Subjects with periods per year by grade and whether they are commentary-only (TT22 Art. 5)")
    public List<SchoolDirectory.SubjectView> subjects() {
        return directory.subjects();
    }

    @POST
    @Path("/subjects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.ADMIN)
    @Operation(summary = "Create a subject offered at one grade")
    public Response createSubject(@NotNull @Valid NewSubject subject) {
        if (directory.subject(subject.code).isPresent()) {
            throw ApiException.conflict("SUBJECT_EXISTS", "Subject " + subject.code + " already exists");
        }
        return Response.status(201).entity(directory.createSubject(subject.code, subject.nameVi, subject.nameEn,
                subject.commentaryOnly, subject.grade, subject.periodsPerYear)).build();
    }

    @GET
    @Path("/classes")
    @Operation(summary = "Classes of a school year (default: the current one)")
    public List<SchoolDirectory.ClassView> classes(@QueryParam("year") String year) {
        return directory.classes(Optional.ofNullable(year).filter(y -> !y.isBlank()));
    }

    @GET
    @Path("/classes/{code}/students")
    @Operation(summary = "Students enrolled in a class of the current school year")
    public List<SchoolDirectory.StudentView> students(@PathParam("code") String code) {
        return directory.studentsOf(code).orElseThrow(() -> ApiException.notFound("Class " + code));
    }

    @POST
    @Path("/classes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.ADMIN)
    @Operation(summary = "Create a class in the current school year")
    public Response createClass(@NotNull @Valid NewClass newClass) {
        return Response.status(201).entity(directory(() -> directory.createClass(newClass.code, newClass.grade, newClass.homeroomTeacher))).build();
    }

    @GET
    @Path("/subject-groups")
    @Operation(summary = "Subject groups (tổ chuyên môn) with their head, subjects and members")
    public List<SchoolDirectory.GroupView> groups() {
        return directory.groups();
    }

    @GET
    @Path("/teaching-assignments")
    @Operation(summary = "Who teaches which subject to which class this year")
    public List<SchoolDirectory.AssignmentView> assignments() {
        return directory.assignments();
    }

    @POST
    @Path("/teaching-assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.ADMIN)
    @Operation(summary = "Assign a teacher to teach a subject to a class")
    public Response assign(@NotNull @Valid NewAssignment assignment) {
        return Response.status(201).entity(directory(() -> directory.assign(assignment.teacher, assignment.schoolClass, assignment.subject))).build();
    }

    private static <T> T directory(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (SchoolDirectory.DirectoryException e) {
            throw e.conflict() ? ApiException.conflict("ALREADY_EXISTS", e.getMessage())
                    : new ApiException(Refusal.Kind.NOT_FOUND, "NOT_FOUND", e.getMessage(), null);
        }
    }

    @GET
    @Path("/teachers")
    @Operation(summary = "Teachers with their subjects")
    public List<SchoolDirectory.TeacherView> teachers() {
        return directory.teachers();
    }
}
