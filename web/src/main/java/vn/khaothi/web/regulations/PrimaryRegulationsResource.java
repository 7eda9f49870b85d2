package vn.khaothi.web.regulations;

import static vn.khaothi.web.regulations.FactErrors.atMost;
import static vn.khaothi.web.regulations.FactErrors.judged;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Regulation;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.tt27.PrimarySubject;
import vn.khaothi.rules.tt27.PrimarySubjectLevel;
import vn.khaothi.rules.tt27.PrimarySubjectOutcome;
import vn.khaothi.rules.tt27.PrimaryTestPoint;
import vn.khaothi.rules.tt27.PrimaryYearOutcome;
import vn.khaothi.rules.tt27.QualityLevel;
import vn.khaothi.web.regulations.WhatIfAnswers.ReasonView;

/**
 * What-if evaluation of TT27, primary assessment (api-contract.md, "Regulations"). Any signed-in
 * user; nothing is stored. A grade still under the old primary circular in the school year asked
 * (phase-in, TT27 Art. 2 of the circular) is refused: 400 {@code NOT_IN_FORCE}.
 */
@Path("/regulations/TT27")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Regulations", description = "What-if evaluation of TT22, TT27 and the online-assessment rules, with reasons and citations")
@APIResponse(responseCode = "400", description = "VALIDATION_FAILED naming the bad field in details[].field (NOT_IN_FORCE, CONTRADICTORY, …)")
@APIResponse(responseCode = "401", description = "No or bad bearer token")
public class PrimaryRegulationsResource {

    @Inject
    RegulationsSource source;

    @POST
    @Path("/score-check")
    @Operation(summary = "Is this a valid primary test score? (TT27 Art. 7: an integer from 0 to 10)")
    public WhatIfAnswers.ScoreValidity primaryScore(WhatIfRequests.ScoreCheck body) {
        WhatIfRequests.ScoreCheck in = present(body);
        return judged(() -> {
            Regulations rules = primary(in);
            var decision = rules.validatePrimaryScore("score", in.score);
            return new WhatIfAnswers.ScoreValidity(RegulationsResource.year(rules), decision.value(),
                    decision.value() ? in.score : null, ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/periodic-test")
    @Operation(summary = "Does this primary grade take a periodic test in this subject at this point? (TT27 Art. 7)",
            description = "Vietnamese and Mathematics in every grade; Foreign language 1 and Informatics & Technology from "
                    + "grade 3; History & Geography and Science from grade 4; midterms in Vietnamese and Mathematics in grades 4-5.")
    public WhatIfAnswers.PrimaryTest periodicTest(WhatIfRequests.PrimaryPeriodicTest body) {
        WhatIfRequests.PrimaryPeriodicTest in = present(body);
        int grade = required("grade", in.grade);
        PrimarySubject subject = parse("subject", in.subject, PrimarySubject.class);
        PrimaryTestPoint point = parse("point", in.point, PrimaryTestPoint.class);
        return judged(() -> {
            Regulations rules = primary(in);
            Decision<Boolean> decision = rules.primaryPeriodicTest(grade, subject, point);
            return new WhatIfAnswers.PrimaryTest(RegulationsResource.year(rules), decision.value(), ReasonView.of(decision),
                    decision.citations());
        });
    }

    @POST
    @Path("/year-result")
    @Operation(summary = "A primary student's year end (TT27 Art. 9.2.a, Art. 11)",
            description = "evaluation: HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH or CHUA_HOAN_THANH; whether the grade's "
                    + "programme and, in grade 5, primary education are completed.")
    public WhatIfAnswers.PrimaryYear yearResult(WhatIfRequests.PrimaryYear body) {
        WhatIfRequests.PrimaryYear in = present(body);
        int grade = required("grade", in.grade);
        QualityLevel qualities = parse("qualities", in.qualities, QualityLevel.class);
        QualityLevel competences = parse("competences", in.competences, QualityLevel.class);
        List<WhatIfRequests.PrimarySubject> given = noNulls("subjects",
                atMost("subjects", in.subjects, RegulationsResource.MAX_SUBJECTS));
        List<PrimarySubjectOutcome> subjects = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                WhatIfRequests.PrimarySubject s = given.get(i);
                subjects.add(new PrimarySubjectOutcome(s.subject,
                        parse("subjects[" + i + "].level", s.level, PrimarySubjectLevel.class), s.endOfYearScore));
            }
        }
        return judged(() -> {
            Regulations rules = primary(in);
            Decision<PrimaryYearOutcome> decision = rules.primaryYearResult(grade, subjects, qualities, competences);
            PrimaryYearOutcome o = decision.value();
            return new WhatIfAnswers.PrimaryYear(RegulationsResource.year(rules), o.evaluation().name(), o.gradeCompleted(),
                    o.primaryProgrammeCompleted(), ReasonView.of(decision), decision.citations());
        });
    }

    /** The rules of the year asked, refusing a grade not yet under TT27 then (phase-in). */
    private Regulations primary(WhatIfRequests.InYear in) {
        Regulations rules = source.forYear(in.schoolYear);
        if (in.grade != null) {
            rules.requireInForce(Regulation.TT27, in.grade);
        }
        return rules;
    }
}
