package vn.khaothi.web.analytics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.khaothi.engine.application.analytics.AnalyticsWorkbook;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.engine.application.analytics.GradebookAnalytics;
import vn.khaothi.engine.application.analytics.SittingAnalytics;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;
import vn.khaothi.web.security.Caller;

/**
 * Analytics (api-contract.md, "Analytics"): a sitting's item analysis, statistics for leaders and
 * the comparison of periodic with regular results (đối sánh). Staff only: students never see item
 * statistics or anyone else's results.
 */
@Path("/analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Analytics", description = "Item analysis, statistics for leaders, đối sánh")
@Allowed(Audience.STAFF)
public class AnalyticsResource {

    @Inject
    SittingAnalytics sittingAnalytics;

    @Inject
    GradebookAnalytics gradebook;

    @Context
    SecurityContext security;

    private Actor viewer() {
        Caller caller = (Caller) security.getUserPrincipal();
        return caller.actor();
    }

    @GET
    @Path("/sittings/{id}")
    @Operation(summary = "Item analysis of a sitting (online or scanned): attempts, mean, sd, distribution, reliability "
            + "(KR-20|null, Cronbach's alpha, SEM), per item facility, corrected item-total discrimination, options "
            + "(bank ids, share, key, meanTotal) and flags. For the sitting's staff, the department head of its subject and "
            + "the management; once the sitting has closed, the items' statistics in the bank are updated")
    public JsonObject sitting(@PathParam("id") long id) {
        return AnalyticsJson.analysis(sittingAnalytics.analyse(id, viewer()));
    }

    @GET
    @Path("/comparison")
    @Operation(summary = "Đối sánh: per class and subject (with its teacher) the regular (TX) mean against the midterm, final "
            + "and periodic mean (2·GK + 3·CK)/5, the gap and the correlation, and per student the same with a flag when the "
            + "gap reaches the threshold (default 2 points for a student, 1 for a group; ?gap= overrides the student's). "
            + "The management, department heads (their subjects), teachers (their classes; homeroom teachers every subject "
            + "of their class); students 403")
    public JsonObject comparison(@QueryParam("semester") Integer semester, @QueryParam("subject") String subject,
                                 @QueryParam("class") String classCode, @QueryParam("teacher") String teacher,
                                 @QueryParam("gap") Double gap) {
        return AnalyticsJson.comparison(gradebook.comparison(viewer(), semester, subject, classCode, teacher, gap));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Statistics for leaders by subject, teacher, grade or class for a semester or the year: students "
            + "per learning level (from the TT22 rules; INCOMPLETE when a subject is missing), mean, sd, five-number summary "
            + "and a one-point distribution of the subject averages. The management; department heads for their subjects "
            + "(?subject= narrows); others 403")
    public JsonObject summary(@QueryParam("period") String period, @QueryParam("by") String by,
                              @QueryParam("subject") String subject) {
        return AnalyticsJson.summary(gradebook.summary(viewer(), period, by, subject));
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/comparison/export")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The đối sánh as an Excel workbook (groups and students); same parameters and access as /comparison")
    public Response comparisonExport(@QueryParam("semester") Integer semester, @QueryParam("subject") String subject,
                                     @QueryParam("class") String classCode, @QueryParam("teacher") String teacher,
                                     @QueryParam("gap") Double gap) {
        byte[] file = AnalyticsWorkbook.comparison(gradebook.comparison(viewer(), semester, subject, classCode, teacher, gap));
        return Response.ok(file, XLSX).header("Content-Disposition", "attachment; filename=\"doi-sanh-hk" + semester + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/summary/export")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The leaders' statistics as an Excel workbook; same parameters and access as /summary")
    public Response summaryExport(@QueryParam("period") String period, @QueryParam("by") String by,
                                  @QueryParam("subject") String subject) {
        byte[] file = AnalyticsWorkbook.summary(gradebook.summary(viewer(), period, by, subject));
        return Response.ok(file, XLSX).header("Content-Disposition", "attachment; filename=\"thong-ke.xlsx\"").build();
    }
}
