package vn.khaothi.web.regulations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.engine.application.deadlines.PaperDeadlines;
import vn.khaothi.web.regulations.WhatIfAnswers.ReasonView;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/**
 * The directive's paper deadlines for the sittings the school has scheduled (Tân Hồng 1334/PGDĐT):
 * for each midterm and end-of-semester sitting of the current school year, whether its paper was
 * approved by the subject group then the principal by the last 28th before the sitting. Live, from
 * the stored papers and sittings; every status comes from the rules with its citation. For the
 * principal and the deputy, who answer for the directive.
 */
@Path("/regulations/paper-deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Regulations", description = "What-if evaluation of TT22, TT27 and the online-assessment rules, with reasons and citations")
@APIResponse(responseCode = "401", description = "No or bad bearer token")
@APIResponse(responseCode = "403", description = "Not the principal or a deputy principal")
@Allowed(Audience.LEADERS)
public class PaperDeadlinesResource {

    @Inject
    PaperDeadlines deadlines;

    /** One scheduled periodic sitting and the rules' answer about its paper; dates are Vietnam's. */
    public record RowView(long sittingId, String sittingTitle, String classCode, String subject, String subjectVi,
                          String subjectEn, int grade, String kind,
                          String point, String pointCode, String opensAt, String sittingDay, long paperId,
                          String paperTitle, String paperStatus, String groupApprovedOn, String principalApprovedOn,
                          String deadline, String status, boolean approvalOutOfOrder, List<String> missing,
                          List<ReasonView> reasons, List<String> citations) {
    }

    /** The current school year's periodic sittings, in the order they open. */
    public record Report(String schoolYear, String today, List<RowView> rows, List<String> citations) {
    }

    @GET
    @Operation(summary = "Periodic papers of the scheduled sittings: approved by the subject group then the principal by the "
            + "last 28th before the sitting (Tân Hồng 1334/PGDĐT)",
            description = "One row per MIDTERM or FINAL sitting of the current school year: point GK1/CK1/GK2/CK2 from the "
                    + "sitting's kind and semester, deadline, status ON_TIME, PENDING, LATE or EXEMPT (PE), missing steps "
                    + "(GROUP_APPROVAL, PRINCIPAL_APPROVAL, PUBLICATION: publication is the principal's approval) and the "
                    + "rules' reasons and citations. schoolYear is null and rows empty when no year is current.")
    public Report list() {
        PaperDeadlines.Report report = deadlines.current();
        List<RowView> rows = report.rows().stream().map(r -> new RowView(r.sittingId(), r.sittingTitle(), r.classCode(),
                r.subject(), r.subjectVi(), r.subjectEn(), r.grade(), r.kind(), r.point().name(), r.point().code(), r.opensAt().toString(),
                text(r.sittingDay()), r.paperId(), r.paperTitle(), r.paperStatus(), text(r.groupApprovedOn()),
                text(r.principalApprovedOn()), text(r.deadline()), r.status(), r.approvalOutOfOrder(), r.missing(),
                r.reasons().stream().map(ReasonView::of).toList(), r.citations())).toList();
        return new Report(report.schoolYear(), report.today().toString(), rows, report.citations());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
