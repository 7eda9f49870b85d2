package vn.khaothi.web.gradebook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.gradebook.GradebookPrints;
import vn.khaothi.engine.application.gradebook.ResultViews;
import vn.khaothi.engine.application.gradebook.ResultsService;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/** Results (kết quả học tập, rèn luyện) of a student or a class, and conduct entry (api-contract.md). */
@Path("/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ResultsResource {

    @Inject
    ResultsService results;

    @Context
    SecurityContext security;

    @GET
    @Path("/mine")
    @Allowed(Audience.STUDENTS)
    @Operation(summary = "A student's own results for period 1|2|YEAR: subjects, learning and conduct levels, appeals, citations")
    public GradebookJson.Mine mine(@QueryParam("period") String period) {
        return GradebookJson.Mine.of(results.mine(GradebookCallers.actor(security), period));
    }

    @GET
    @Allowed(Audience.TEACHERS_AND_LEADERS)
    @Operation(summary = "A class's results for period 1|2|YEAR (its homeroom teacher, management): per student learningLevel, "
            + "computedLevel, adjusted, conductLevel, promoted, retestSubjects, summerTraining, award, citations")
    public List<GradebookJson.StudentResult> ofClass(@QueryParam("class") String classCode, @QueryParam("period") String period) {
        return results.ofClass(GradebookCallers.actor(security), classCode, period).stream().map(GradebookJson.StudentResult::of)
                .toList();
    }

    @GET
    @Path("/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Allowed(Audience.TEACHERS_AND_LEADERS)
    @Operation(summary = "The class's results as a printable PDF with the citations")
    public Response pdf(@QueryParam("class") String classCode, @QueryParam("period") String period) {
        List<ResultViews.StudentResult> list = results.ofClass(GradebookCallers.actor(security), classCode, period);
        return Response.ok(GradebookPrints.results(classCode.strip(), period.strip().toUpperCase(java.util.Locale.ROOT), list))
                .type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ket-qua-" + classCode.strip() + "-" + period.strip() + ".pdf\"")
                .build();
    }

    @PUT
    @Path("/conduct")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Audience.TEACHERS)
    @Operation(summary = "The homeroom teacher enters conduct {class, period, studentId, level TOT|KHA|DAT|CHUA_DAT} (TT22 Art. 8)")
    public JsonObject conduct(JsonObject body) {
        JsonObject b = GradebookCallers.body(body);
        return GradebookJson.conduct(results.conduct(GradebookCallers.actor(security), GradebookCallers.text(b, "class", true),
                GradebookCallers.text(b, "period", true), GradebookCallers.text(b, "studentId", true),
                GradebookCallers.text(b, "level", true)));
    }
}
