package vn.khaothi.web.regulations;

import static vn.khaothi.web.regulations.FactErrors.atMost;
import static vn.khaothi.web.regulations.FactErrors.date;
import static vn.khaothi.web.regulations.FactErrors.judged;
import static vn.khaothi.web.regulations.FactErrors.month;
import static vn.khaothi.web.regulations.FactErrors.noNulls;
import static vn.khaothi.web.regulations.FactErrors.parse;
import static vn.khaothi.web.regulations.FactErrors.present;
import static vn.khaothi.web.regulations.FactErrors.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.directives.PaperSlotFinding;
import vn.khaothi.rules.directives.PeriodicPaperSlot;
import vn.khaothi.rules.directives.PeriodicPoint;
import vn.khaothi.web.regulations.WhatIfAnswers.ReasonView;

/**
 * What-if evaluation of the district directives' own deadlines (regulations.md §5): which periodic
 * papers (GK1, CK1, GK2, CK2 of every subject but PE) are approved by the subject group then the
 * principal and published by the 28th. Any signed-in user; nothing is stored.
 */
@Path("/regulations/directives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Regulations", description = "What-if evaluation of TT22, TT27 and the online-assessment rules, with reasons and citations")
@APIResponse(responseCode = "400", description = "VALIDATION_FAILED naming the bad field in details[].field")
@APIResponse(responseCode = "401", description = "No or bad bearer token")
public class DirectiveRegulationsResource {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A school's subjects × grades × four points stays well under this. */
    static final int MAX_SLOTS = 400;

    @Inject
    RegulationsSource source;

    @POST
    @Path("/periodic-papers")
    @Operation(summary = "Periodic papers approved (subject group, then principal) and published by the 28th (Tân Hồng 1334/PGDĐT)",
            description = "status per subject, grade and point: ON_TIME, PENDING, LATE, EXEMPT (PE) or APPROVAL_OUT_OF_ORDER; "
                    + "missing lists GROUP_APPROVAL, PRINCIPAL_APPROVAL, PUBLICATION.")
    public WhatIfAnswers.PeriodicPapers periodicPapers(WhatIfRequests.PeriodicPapers body) {
        WhatIfRequests.PeriodicPapers in = present(body);
        LocalDate given = date("today", in.today);
        LocalDate today = given != null ? given : LocalDate.now(VIETNAM);
        List<WhatIfRequests.PaperSlot> slots = noNulls("slots", atMost("slots", in.slots, MAX_SLOTS));
        List<PeriodicPaperSlot> facts = new ArrayList<>();
        if (slots != null) {
            for (int i = 0; i < slots.size(); i++) {
                WhatIfRequests.PaperSlot s = slots.get(i);
                String at = "slots[" + i + "].";
                facts.add(new PeriodicPaperSlot(s.subject, required(at + "grade", s.grade),
                        parse(at + "point", s.point, PeriodicPoint.class), month(at + "dueMonth", s.dueMonth),
                        date(at + "groupApprovedOn", s.groupApprovedOn), date(at + "principalApprovedOn", s.principalApprovedOn),
                        date(at + "publishedOn", s.publishedOn)));
            }
        }
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            Decision<List<PaperSlotFinding>> decision = rules.periodicPaperDeadlines(facts, today);
            List<WhatIfAnswers.PaperFinding> findings = decision.value().stream()
                    .map(f -> new WhatIfAnswers.PaperFinding(f.subject(), f.grade(), f.point().name(), f.point().code(),
                            f.deadline().toString(), f.status(), f.missing()))
                    .toList();
            return new WhatIfAnswers.PeriodicPapers(RegulationsResource.year(rules), today.toString(), findings,
                    ReasonView.of(decision), decision.citations());
        });
    }
}
