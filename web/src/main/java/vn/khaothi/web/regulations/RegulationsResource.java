package vn.khaothi.web.regulations;

import static vn.khaothi.web.regulations.FactErrors.atMost;
import static vn.khaothi.web.regulations.FactErrors.judged;
import static vn.khaothi.web.regulations.FactErrors.noNulls;
import static vn.khaothi.web.regulations.FactErrors.orZero;
import static vn.khaothi.web.regulations.FactErrors.present;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Regulation;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.online.AssessmentKind;
import vn.khaothi.rules.online.Decider;
import vn.khaothi.rules.online.ForceMajeureReason;
import vn.khaothi.rules.online.OnlineRequirement;
import vn.khaothi.rules.tt22.CommentaryResult;
import vn.khaothi.rules.tt22.ConductOutcome;
import vn.khaothi.rules.tt22.LearningLevel;
import vn.khaothi.rules.tt22.LevelOutcome;
import vn.khaothi.rules.tt22.PeriodicDuration;
import vn.khaothi.rules.tt22.SubjectYearResult;
import vn.khaothi.web.regulations.WhatIfAnswers.ReasonView;

/**
 * What-if evaluation of the regulations (api-contract.md, "Regulations"): a teacher or principal
 * enters scores or circumstances and sees what the rules decide, why, and under which clause.
 * Nothing is stored. Any signed-in user may call (no annotation: signed-in required). Every request
 * may name the {@code schoolYear} and the {@code grade}: a grade not yet under TT22 that year is
 * refused (400, {@code NOT_IN_FORCE}). The primary (TT27) and directive questions are in
 * {@link PrimaryRegulationsResource} and {@link DirectiveRegulationsResource}.
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
            Regulations rules = secondary(in);
            var decision = rules.subjectAverage(atMost("regular", in.regular, MAX_SCORES), in.midterm, in.finalScore);
            List<WhatIfAnswers.Rounded> rounded = new ArrayList<>();
            for (int i = 0; i < in.regular.size(); i++) {
                roundedInput(rules, "regular[" + i + "]", in.regular.get(i), rounded);
            }
            roundedInput(rules, "midterm", in.midterm, rounded);
            roundedInput(rules, "final", in.finalScore, rounded);
            return new WhatIfAnswers.Average(year(rules), decision.value(), rounded, ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/year-average")
    @Operation(summary = "Year average of a scored subject (ĐTBmcn, TT22 Art. 9.1.b)",
            description = "(semester I + 2·semester II) / 3, half-up to 0.1.")
    public WhatIfAnswers.Average yearAverage(WhatIfRequests.YearAverage body) {
        WhatIfRequests.YearAverage in = present(body);
        return judged(() -> {
            Regulations rules = secondary(in);
            var decision = rules.yearAverage(in.semester1, in.semester2);
            List<WhatIfAnswers.Rounded> rounded = new ArrayList<>();
            roundedInput(rules, "semester1", in.semester1, rounded);
            roundedInput(rules, "semester2", in.semester2, rounded);
            return new WhatIfAnswers.Average(year(rules), decision.value(), rounded, ReasonView.of(decision), decision.citations());
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
            Regulations rules = secondary(in);
            Decision<LevelOutcome> decision = rules.learningResult(atMost("scored", in.scored, MAX_SUBJECTS),
                    orZero(in.commentaryPassed), orZero(in.commentaryFailed));
            LevelOutcome outcome = decision.value();
            return new WhatIfAnswers.Level(year(rules), outcome.level().name(), outcome.computedLevel().name(),
                    outcome.adjusted(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/online-permission")
    @Operation(summary = "May this assessment be taken online? (TT09 Art. 6, regulations.md §4)",
            description = "Regular assessments may; midterm, final and make-up need a force-majeure reason, "
                    + "the decision of the principal (or of a deputy under a delegation) and live proctoring. "
                    + "requires lists what is missing: FORCE_MAJEURE_REASON, PRINCIPAL_AUTHORIZATION, LIVE_PROCTORING, "
                    + "WRITTEN_EXPLANATION (OTHER reason, school policy). A RETEST is never online (inPersonOnly); "
                    + "OFFICIAL_DUTY is not force majeure but a justified absence (an in-person make-up).")
    public WhatIfAnswers.Permission onlinePermission(WhatIfRequests.OnlinePermission body) {
        WhatIfRequests.OnlinePermission in = present(body);
        AssessmentKind kind = parse("assessmentKind", in.assessmentKind, AssessmentKind.class);
        ForceMajeureReason reason = parseOptional("forceMajeureReason", in.forceMajeureReason, ForceMajeureReason.class);
        Decider named = parseOptional("decider", in.decider, Decider.class);
        Decider decider = named != null ? named : Boolean.TRUE.equals(in.principalAuthorized) ? Decider.PRINCIPAL : Decider.NONE;
        return judged(() -> {
            Regulations rules = source.forYear(in.schoolYear);
            if (in.grade != null) {
                vn.khaothi.rules.support.FactGuard.between("grade", in.grade, 1, 12);
            }
            var decision = rules.onlinePermission(kind, reason, in.explanation, decider, Boolean.TRUE.equals(in.liveProctoring));
            return new WhatIfAnswers.Permission(year(rules), decision.value().allowed(),
                    decision.value().requires().stream().map(OnlineRequirement::name).toList(),
                    decision.value().inPersonOnly(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/score-check")
    @Operation(summary = "Is this a valid secondary score, and as what is it stored? (TT22 Art. 5.3.b: 0–10, "
            + "taken to one decimal by half-up rounding: 8.25 is stored as 8.3)")
    public WhatIfAnswers.ScoreValidity secondaryScore(WhatIfRequests.ScoreCheck body) {
        WhatIfRequests.ScoreCheck in = present(body);
        return judged(() -> {
            Regulations rules = secondary(in);
            var decision = rules.validateScore("score", in.score);
            BigDecimal stored = decision.value() ? rules.scoreOnEntry("score", in.score).value() : null;
            return new WhatIfAnswers.ScoreValidity(year(rules), decision.value(), stored, ReasonView.of(decision),
                    decision.citations());
        });
    }

    @POST
    @Path("/TT22/regular-assessment-count")
    @Operation(summary = "Regular assessments per semester for a subject's periods a year (TT22 Art. 6; "
            + "one more with a learning-topic cluster, Art. 6.3)")
    public WhatIfAnswers.RegularCount regularAssessmentCount(WhatIfRequests.SubjectLoad body) {
        WhatIfRequests.SubjectLoad in = present(body);
        int periods = required("periodsPerYear", in.periodsPerYear);
        return judged(() -> {
            Regulations rules = secondary(in);
            var decision = rules.regularAssessmentCount(periods, Boolean.TRUE.equals(in.commentaryOnly),
                    Boolean.TRUE.equals(in.learningTopicCluster));
            return new WhatIfAnswers.RegularCount(year(rules), decision.value(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/periodic-duration")
    @Operation(summary = "Allowed length in minutes of a periodic test (TT22 Art. 7: 45 up to 70 periods a year, "
            + "60-90 above, at most 120 for a specialised subject with no minimum, answered as 0)")
    public WhatIfAnswers.Duration periodicDuration(WhatIfRequests.SubjectLoad body) {
        WhatIfRequests.SubjectLoad in = present(body);
        int periods = required("periodsPerYear", in.periodsPerYear);
        return judged(() -> {
            Regulations rules = secondary(in);
            Decision<PeriodicDuration> decision = rules.periodicDuration(periods, Boolean.TRUE.equals(in.specialised));
            return new WhatIfAnswers.Duration(year(rules), decision.value().minMinutes(), decision.value().maxMinutes(),
                    ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/promotion")
    @Operation(summary = "Promotion to the next grade (TT22 Art. 12), counting summer training (Art. 13)",
            description = "Absences in half-days (halfDaysAbsent; daysAbsent is its deprecated name). unmet lists "
                    + "LEARNING_RESULT, CONDUCT_RESULT and/or ABSENCE; nextSteps SUMMER_CONDUCT_TRAINING (Art. 13) and/or "
                    + "RETEST (Art. 14). A conductAfterSummer for a year conduct other than CHUA_DAT is refused (CONTRADICTORY).")
    public WhatIfAnswers.Promotion promotion(WhatIfRequests.Promotion body) {
        WhatIfRequests.Promotion in = present(body);
        LearningLevel learning = parse("learning", in.learning, LearningLevel.class);
        LearningLevel conduct = parse("conduct", in.conduct, LearningLevel.class);
        LearningLevel afterSummer = parseOptional("conductAfterSummer", in.conductAfterSummer, LearningLevel.class);
        int halfDays = orZero(in.halfDaysAbsent != null ? in.halfDaysAbsent : in.daysAbsent);
        return judged(() -> {
            Regulations rules = secondary(in);
            var decision = rules.promotion(learning, conduct, afterSummer, halfDays);
            return new WhatIfAnswers.Promotion(year(rules), decision.value().promoted(), decision.value().unmet(),
                    decision.value().nextSteps(), ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/conduct")
    @Operation(summary = "Year conduct and summer conduct training (TT22 Art. 8, 13)",
            description = "The year conduct is the one decided (year) or that of semester II; CHUA_DAT requires summer "
                    + "training, and the re-assessment (afterSummerTraining) is what promotion counts (forPromotion).")
    public WhatIfAnswers.Conduct conduct(WhatIfRequests.Conduct body) {
        WhatIfRequests.Conduct in = present(body);
        LearningLevel semester1 = parseOptional("semester1", in.semester1, LearningLevel.class);
        LearningLevel semester2 = parse("semester2", in.semester2, LearningLevel.class);
        LearningLevel yearLevel = parseOptional("year", in.year, LearningLevel.class);
        LearningLevel after = parseOptional("afterSummerTraining", in.afterSummerTraining, LearningLevel.class);
        return judged(() -> {
            Regulations rules = secondary(in);
            Decision<ConductOutcome> decision = rules.conduct(semester1, semester2, yearLevel, after);
            ConductOutcome o = decision.value();
            return new WhatIfAnswers.Conduct(year(rules), o.year().name(), o.summerTrainingRequired(),
                    o.afterSummerTraining() == null ? null : o.afterSummerTraining().name(), o.forPromotion().name(),
                    ReasonView.of(decision), decision.citations());
        });
    }

    @POST
    @Path("/TT22/retest")
    @Operation(summary = "Which subjects may be retested (TT22 Art. 14)",
            description = "The year learning level is computed from the results (Art. 9.2, 9.3); only a student at "
                    + "CHUA_DAT whose year conduct (after summer training) is at least DAT retakes the scored subjects "
                    + "below 5.0 and the commentary subjects at CHUA_DAT.")
    public WhatIfAnswers.Retest retest(WhatIfRequests.Retest body) {
        WhatIfRequests.Retest in = present(body);
        LearningLevel conduct = parse("yearConduct", in.yearConduct, LearningLevel.class);
        List<WhatIfRequests.SubjectResult> given = noNulls("results", atMost("results", in.results, MAX_SUBJECTS));
        List<SubjectYearResult> results = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                WhatIfRequests.SubjectResult r = given.get(i);
                results.add(new SubjectYearResult(r.subject, r.average,
                        parseOptional("results[" + i + "].commentary", r.commentary, CommentaryResult.class)));
            }
        }
        return judged(() -> {
            Regulations rules = secondary(in);
            List<SubjectYearResult> checked = vn.khaothi.rules.support.FactGuard.nonEmpty("results", results);
            List<BigDecimal> scored = new ArrayList<>();
            int passed = 0;
            int failed = 0;
            for (int i = 0; i < checked.size(); i++) {
                SubjectYearResult r = checked.get(i);
                if ((r.average() == null) == (r.commentary() == null)) {
                    throw new vn.khaothi.rules.InvalidFactException("results[" + i + "]", "MISSING",
                            "give exactly one of average (scored subject) or commentary");
                }
                if (r.average() != null) {
                    scored.add(r.average());
                } else if (r.commentary() == CommentaryResult.DAT) {
                    passed++;
                } else {
                    failed++;
                }
            }
            LearningLevel level = rules.learningResult(scored, passed, failed).value().level();
            var decision = rules.retestSubjects(level, conduct, checked);
            return new WhatIfAnswers.Retest(year(rules), level.name(), decision.value(), ReasonView.of(decision),
                    decision.citations());
        });
    }

    @POST
    @Path("/TT22/award")
    @Operation(summary = "Year-end title (TT22 Art. 15): OUTSTANDING (Học sinh Xuất sắc), EXCELLENT (Học sinh Giỏi) or NONE",
            description = "A learning level the scored averages cannot reach (TOT with a subject below 6.5) is refused: "
                    + "400 naming learning, code CONTRADICTORY.")
    public WhatIfAnswers.Award award(WhatIfRequests.Award body) {
        WhatIfRequests.Award in = present(body);
        LearningLevel learning = parse("learning", in.learning, LearningLevel.class);
        LearningLevel conduct = parse("conduct", in.conduct, LearningLevel.class);
        return judged(() -> {
            Regulations rules = secondary(in);
            var decision = rules.award(learning, conduct, noNulls("scored", atMost("scored", in.scored, MAX_SUBJECTS)));
            return new WhatIfAnswers.Award(year(rules), decision.value().name(), ReasonView.of(decision), decision.citations());
        });
    }

    /** The rules of the year asked, refusing a grade not yet under TT22 then (phase-in). */
    private Regulations secondary(WhatIfRequests.InYear in) {
        Regulations rules = source.forYear(in.schoolYear);
        if (in.grade != null) {
            rules.requireInForce(Regulation.TT22, in.grade);
        }
        return rules;
    }

    /** Notes an input with more than one decimal and the value the rules used for it (Art. 5.3.b). */
    private static void roundedInput(Regulations rules, String field, BigDecimal entered, List<WhatIfAnswers.Rounded> out) {
        if (entered != null && entered.stripTrailingZeros().scale() > 1) {
            out.add(new WhatIfAnswers.Rounded(field, entered, rules.scoreOnEntry(field, entered).value()));
        }
    }

    static String year(Regulations rules) {
        return rules.schoolYear().toString();
    }
}
