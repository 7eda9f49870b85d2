package vn.khaothi.web.regulations;

import static vn.khaothi.web.regulations.FactErrors.judged;
import static vn.khaothi.web.regulations.FactErrors.parse;
import static vn.khaothi.web.regulations.FactErrors.parseOptional;
import static vn.khaothi.web.regulations.FactErrors.required;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.online.AssessmentKind;
import vn.khaothi.rules.online.ForceMajeureReason;
import vn.khaothi.rules.online.OnlineRequirement;
import vn.khaothi.rules.tt22.LearningLevel;
import vn.khaothi.rules.tt22.LevelOutcome;
import vn.khaothi.rules.tt22.PeriodicDuration;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.regulations.WhatIfAnswers.ReasonView;

/**
 * What-if evaluation of the regulations (api-contract.md, "Regulations"): a teacher or principal
 * enters scores or circumstances and sees what the rules decide, why, and under which clause.
 * Nothing is stored. Any signed-in user may call (no annotation: signed-in required).
 */
@Path("/regulations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Regulations", description = "What-if evaluation of TT22, TT27 and the online-assessment rules, with reasons and citations")
@APIResponse(responseCode = "400", description = "VALIDATION_FAILED naming the bad field in details[].field, or MALFORMED_REQUEST")
@APIResponse(responseCode = "401", description = "No or bad bearer token")
public class RegulationsResource {

    /** Far above any real subject (TT22 Art. 6: at most 4 regular scores) or timetable; keeps a rule run small. */
    static final int MAX_SCORES = 20;
    static final int MAX_SUBJECTS = 40;

    @Inject
    RegulationsSource source;

    @POST
    @Path("/TT22/subject-average")
    @Operation(summary = "Semester average of a scored subject (ĐTBmhk, TT22 Art. 9.1.b)",
            description = "(Σregular + 2·midterm + 3·final) / (number of regular + 5), half-up to 0.1. "
                    + "Scores are 0–10 with at most one decimal (Art. 5.3.b).")
    public WhatIfAnswers.Average subjectAverage(WhatIfRequests.SubjectAverage body) {
        WhatIfRequests.SubjectAverage in = present(body);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            var decision = rules.subjectAverage(atMost("regular", in.regular, MAX_SCORES), in.midterm, in.finalScore);
            return new WhatIfAnswers.Average(year(rules), decision.value(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/year-average")
    @Operation(summary = "Year average of a scored subject (ĐTBmcn, TT22 Art. 9.1.b)",
            description = "(semester I + 2·semester II) / 3, half-up to 0.1.")
    public WhatIfAnswers.Average yearAverage(WhatIfRequests.YearAverage body) {
        WhatIfRequests.YearAverage in = present(body);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            var decision = rules.yearAverage(in.semester1, in.semester2);
            return new WhatIfAnswers.Average(year(rules), decision.value(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/learning-result")
    @Operation(summary = "Learning-result level of a semester or year (TT22 Art. 9.2), with the Art. 9.3 raise",
            description = "level is the final level; computedLevel the Art. 9.2 level; adjusted is true when "
                    + "Art. 9.3 raised it because a single subject pulled it down two or more levels.")
    public WhatIfAnswers.Level learningResult(WhatIfRequests.LearningResult body) {
        WhatIfRequests.LearningResult in = present(body);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            Decision<LevelOutcome> decision = rules.learningResult(atMost("scored", in.scored, MAX_SUBJECTS),
                    orZero(in.commentaryPassed), orZero(in.commentaryFailed));
            LevelOutcome outcome = decision.value();
            return new WhatIfAnswers.Level(year(rules), outcome.level().name(), outcome.computedLevel().name(),
                    outcome.adjusted(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/online-permission")
    @Operation(summary = "May this assessment be taken online? (TT09, regulations.md §4)",
            description = "Regular assessments may; midterm, final, make-up and retest need a force-majeure reason, "
                    + "the principal's authorisation and live proctoring. requires lists what is missing: "
                    + "FORCE_MAJEURE_REASON, PRINCIPAL_AUTHORIZATION, LIVE_PROCTORING, WRITTEN_EXPLANATION (OTHER reason).")
    public WhatIfAnswers.Permission onlinePermission(WhatIfRequests.OnlinePermission body) {
        WhatIfRequests.OnlinePermission in = present(body);
        AssessmentKind kind = parse("assessmentKind", in.assessmentKind, AssessmentKind.class);
        ForceMajeureReason reason = parseOptional("forceMajeureReason", in.forceMajeureReason, ForceMajeureReason.class);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            var decision = rules.onlinePermission(kind, reason, in.explanation,
                    Boolean.TRUE.equals(in.principalAuthorized), Boolean.TRUE.equals(in.liveProctoring));
            return new WhatIfAnswers.Permission(year(rules), decision.value().allowed(),
                    decision.value().requires().stream().map(OnlineRequirement::name).toList(),
                    ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/score-check")
    @Operation(summary = "Is this a valid secondary score? (TT22 Art. 5.3.b: 0–10, at most one decimal)")
    public WhatIfAnswers.ScoreValidity secondaryScore(WhatIfRequests.ScoreCheck body) {
        WhatIfRequests.ScoreCheck in = present(body);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            var decision = rules.validateScore("score", in.score);
            return new WhatIfAnswers.ScoreValidity(year(rules), decision.value(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT27/score-check")
    @Operation(summary = "Is this a valid primary test score? (TT27: an integer from 1 to 10)")
    public WhatIfAnswers.ScoreValidity primaryScore(WhatIfRequests.ScoreCheck body) {
        WhatIfRequests.ScoreCheck in = present(body);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            var decision = rules.validatePrimaryScore("score", in.score);
            return new WhatIfAnswers.ScoreValidity(year(rules), decision.value(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/regular-assessment-count")
    @Operation(summary = "Regular assessments per semester for a subject's periods a year (TT22 Art. 6)")
    public WhatIfAnswers.RegularCount regularAssessmentCount(WhatIfRequests.SubjectLoad body) {
        WhatIfRequests.SubjectLoad in = present(body);
        int periods = required("periodsPerYear", in.periodsPerYear);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            var decision = rules.regularAssessmentCount(periods, Boolean.TRUE.equals(in.commentaryOnly));
            return new WhatIfAnswers.RegularCount(year(rules), decision.value(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/periodic-duration")
    @Operation(summary = "Allowed length in minutes of a periodic test (TT22 Art. 7)")
    public WhatIfAnswers.Duration periodicDuration(WhatIfRequests.SubjectLoad body) {
        WhatIfRequests.SubjectLoad in = present(body);
        int periods = required("periodsPerYear", in.periodsPerYear);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            Decision<PeriodicDuration> decision = rules.periodicDuration(periods, Boolean.TRUE.equals(in.specialised));
            return new WhatIfAnswers.Duration(year(rules), decision.value().minMinutes(), decision.value().maxMinutes(),
                    ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/promotion")
    @Operation(summary = "Promotion to the next grade (TT22 Art. 11)",
            description = "unmet lists LEARNING_RESULT, CONDUCT_RESULT and/or ABSENCE.")
    public WhatIfAnswers.Promotion promotion(WhatIfRequests.Promotion body) {
        WhatIfRequests.Promotion in = present(body);
        LearningLevel learning = parse("learning", in.learning, LearningLevel.class);
        LearningLevel conduct = parse("conduct", in.conduct, LearningLevel.class);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            var decision = rules.promotion(learning, conduct, orZero(in.daysAbsent));
            return new WhatIfAnswers.Promotion(year(rules), decision.value().promoted(), decision.value().unmet(),
                    ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/award")
    @Operation(summary = "Year-end title (TT22 Art. 15): OUTSTANDING (Học sinh Xuất sắc), EXCELLENT (Học sinh Giỏi) or NONE")
    public WhatIfAnswers.Award award(WhatIfRequests.Award body) {
        WhatIfRequests.Award in = present(body);
        LearningLevel learning = parse("learning", in.learning, LearningLevel.class);
        LearningLevel conduct = parse("conduct", in.conduct, LearningLevel.class);
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            var decision = rules.award(learning, conduct, noNulls("scored", atMost("scored", in.scored, MAX_SUBJECTS)));
            return new WhatIfAnswers.Award(year(rules), decision.value().name(), ReasonView.of(decision), decision.citations());
        });
    }

    private static <T> T present(T body) {
        if (body == null) {
            throw new ApiException(400, "VALIDATION_FAILED", "A JSON body is required",
                    java.util.List.of(java.util.Map.of("field", "body", "code", "MISSING", "message", "is required")));
        }
        return body;
    }

    private static <T> java.util.List<T> atMost(String field, java.util.List<T> values, int max) {
        if (values != null && values.size() > max) {
            throw FactErrors.invalid(field, "TOO_MANY", "at most " + max + " values");
        }
        return values;
    }

    /** The award rules take the list as it comes; a hole in it is named here. */
    private static <T> java.util.List<T> noNulls(String field, java.util.List<T> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    throw FactErrors.invalid(field + "[" + i + "]", "MISSING", "is required");
                }
            }
        }
        return values;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String year(Regulations rules) {
        return rules.schoolYear().toString();
    }
}
