package vn.khaothi.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import vn.khaothi.rules.directives.DirectivesPolicy;
import vn.khaothi.rules.directives.PaperSlotFinding;
import vn.khaothi.rules.directives.PeriodicPaperSlot;
import vn.khaothi.rules.online.AssessmentKind;
import vn.khaothi.rules.online.Decider;
import vn.khaothi.rules.online.ForceMajeureReason;
import vn.khaothi.rules.online.OnlineAssessmentPolicy;
import vn.khaothi.rules.online.OnlinePermission;
import vn.khaothi.rules.online.OnlineSittingRequest;
import vn.khaothi.rules.online.RemoteEligibility;
import vn.khaothi.rules.online.RemoteRequest;
import vn.khaothi.rules.support.KnowledgeBases;
import vn.khaothi.rules.support.RuleRun;
import vn.khaothi.rules.support.RuleSessionRunner;
import vn.khaothi.rules.tt22.AwardTitle;
import vn.khaothi.rules.tt22.CommentaryResult;
import vn.khaothi.rules.tt22.ConductOutcome;
import vn.khaothi.rules.tt22.LearningLevel;
import vn.khaothi.rules.tt22.LevelOutcome;
import vn.khaothi.rules.tt22.MakeUpRuling;
import vn.khaothi.rules.tt22.MakeUpStatus;
import vn.khaothi.rules.tt22.PeriodicDuration;
import vn.khaothi.rules.tt22.Promotion;
import vn.khaothi.rules.tt22.RetestResult;
import vn.khaothi.rules.tt22.SecondaryAssessmentPlan;
import vn.khaothi.rules.tt22.SecondaryScoring;
import vn.khaothi.rules.tt22.SecondaryYearEnd;
import vn.khaothi.rules.tt22.SubjectYearResult;
import vn.khaothi.rules.tt22.Tt22Parameters;
import vn.khaothi.rules.tt27.EducationLevel;
import vn.khaothi.rules.tt27.PrimaryAssessment;
import vn.khaothi.rules.tt27.PrimarySubject;
import vn.khaothi.rules.tt27.PrimarySubjectOutcome;
import vn.khaothi.rules.tt27.PrimaryYearOutcome;
import vn.khaothi.rules.tt27.QualityLevel;
import vn.khaothi.rules.tt27.PrimaryTestPoint;
import vn.khaothi.rules.tt27.Tt27Parameters;

/**
 * The one door the rest of the system uses to ask the regulations (quy chế đánh giá). Every method
 * answers a {@link Decision}: the value, the reasons in Vietnamese and English, and the citations
 * of the rules that fired. Bad input raises {@link InvalidFactException} naming the field.
 * <p>
 * An instance is bound to one school year, which selects the rule package and parameters through
 * the {@link RegulationCatalog}. A regulation not yet in force that year is refused when it is
 * asked ({@code NOT_IN_FORCE}), not when the instance is built, so a primary question of 2020–2021
 * is answered under TT27 although TT22 came later; {@link #requireInForce} checks the grade-by-grade
 * phase-in. It is immutable and thread-safe: the compiled knowledge bases are shared, and each call
 * runs in its own short-lived rule session.
 */
public final class Regulations {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SchoolYear schoolYear;
    private final KnowledgeBases kbases;
    private final RegulationCatalog catalog;
    private final SecondaryScoring scoring;
    private final SecondaryYearEnd yearEnd;
    private final SecondaryAssessmentPlan plan;
    private final PrimaryAssessment primary;
    private final OnlineAssessmentPolicy online;
    private final DirectivesPolicy directives;

    public Regulations(KnowledgeBases kbases, RegulationCatalog catalog, SchoolYear schoolYear) {
        this.schoolYear = schoolYear;
        this.kbases = kbases;
        this.catalog = catalog;
        RegulationCatalog.Entry tt22 = entryOrNull(catalog, Regulation.TT22, schoolYear);
        RegulationCatalog.Entry tt27 = entryOrNull(catalog, Regulation.TT27, schoolYear);
        RegulationCatalog.Entry onlineEntry = entryOrNull(catalog, Regulation.ONLINE, schoolYear);
        if (tt22 != null) {
            Tt22Parameters tt22Parameters = (Tt22Parameters) tt22.parameters();
            RuleSessionRunner runner = kbases.runner(tt22.kbase());
            this.scoring = new SecondaryScoring(runner);
            this.yearEnd = new SecondaryYearEnd(runner, tt22Parameters);
            this.plan = new SecondaryAssessmentPlan(runner, tt22Parameters);
        } else {
            this.scoring = null;
            this.yearEnd = null;
            this.plan = null;
        }
        this.primary = tt27 == null ? null
                : new PrimaryAssessment(kbases.runner(tt27.kbase()), (Tt27Parameters) tt27.parameters());
        this.online = onlineEntry == null ? null : new OnlineAssessmentPolicy(kbases.runner(onlineEntry.kbase()));
        this.directives = onlineEntry == null ? null : new DirectivesPolicy(kbases.runner(onlineEntry.kbase()));
    }

    private static RegulationCatalog.Entry entryOrNull(RegulationCatalog catalog, Regulation regulation, SchoolYear year) {
        try {
            return catalog.entryFor(regulation, year);
        } catch (InvalidFactException notInForce) {
            return null;
        }
    }

    /** The part of the facade of {@code regulation}, or the catalog's NOT_IN_FORCE refusal naming schoolYear. */
    private <T> T inForce(T part, Regulation regulation) {
        if (part == null) {
            catalog.entryFor(regulation, schoolYear); // throws NOT_IN_FORCE with the catalog's message
        }
        return part;
    }

    /** The regulations of {@code schoolYear}, with the standard catalog and this jar's rules. */
    public static Regulations forSchoolYear(SchoolYear schoolYear) {
        return new Regulations(SharedKnowledgeBases.INSTANCE, RegulationCatalog.standard(), schoolYear);
    }

    /** The regulations of the school year containing today, in Vietnam's time zone. */
    public static Regulations current() {
        return forSchoolYear(SchoolYear.containing(LocalDate.now(VIETNAM)));
    }

    public SchoolYear schoolYear() {
        return schoolYear;
    }

    // ---- TT22: scores and subject results ------------------------------------------------------

    /**
     * TT22 Art. 5.3.b: 0–10. A score with more than one decimal is valid: it is rounded half-up to
     * one decimal and the reasons say so (8.25 → 8.3). Value true/false; never throws for a bad score.
     */
    public Decision<Boolean> validateScore(String field, BigDecimal score) {
        return inForce(scoring, Regulation.TT22).validateScore(field, score);
    }

    /** TT22 Art. 5.3.b: the score as stored (one decimal, half-up, with the reason); off the scale → refused. */
    public Decision<BigDecimal> scoreOnEntry(String field, BigDecimal score) {
        return inForce(scoring, Regulation.TT22).scoreOnEntry(field, score);
    }

    /**
     * TT22 Art. 9.1.b: ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n + 5), half-up to 0.1. Inputs with
     * more than one decimal are first rounded (Art. 5.3.b) and the reasons say so.
     */
    public Decision<BigDecimal> subjectAverage(List<BigDecimal> regular, BigDecimal midterm, BigDecimal finalScore) {
        return inForce(scoring, Regulation.TT22).semesterAverage(regular, midterm, finalScore);
    }

    /** TT22 Art. 9.1.b: ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3, half-up to 0.1. */
    public Decision<BigDecimal> yearAverage(BigDecimal semester1, BigDecimal semester2) {
        return inForce(scoring, Regulation.TT22).yearAverage(semester1, semester2);
    }

    /** TT22 Art. 9.1.a: semester result of a commentary-only subject. */
    public Decision<CommentaryResult> commentarySemesterResult(int required, int taken, int failed) {
        return inForce(scoring, Regulation.TT22).commentarySemester(required, taken, failed);
    }

    /** TT22 Art. 9.1.a: year result of a commentary-only subject (that of semester II). */
    public Decision<CommentaryResult> commentaryYearResult(CommentaryResult semester1, CommentaryResult semester2) {
        return inForce(scoring, Regulation.TT22).commentaryYear(semester1, semester2);
    }

    // ---- TT22: levels and year end --------------------------------------------------------------

    /** TT22 Art. 9.2 level, raised by Art. 9.3 when one subject alone pulled it down two levels. */
    public Decision<LevelOutcome> learningResult(List<BigDecimal> scoredAverages, int commentaryPassed,
                                                 int commentaryFailed) {
        return inForce(yearEnd, Regulation.TT22).learningResult(scoredAverages, commentaryPassed, commentaryFailed);
    }

    /**
     * TT22 Art. 12: promotion, with the unmet conditions and the next steps. The third argument was
     * documented as days; Art. 12.1.c counts <b>half-days</b> (buổi) and so do the rules now: pass
     * half-days. Without a summer re-assessment; see the four-argument form.
     */
    public Decision<Promotion> promotion(LearningLevel yearLearning, LearningLevel yearConduct, int halfDaysAbsent) {
        return inForce(yearEnd, Regulation.TT22).promotion(yearLearning, yearConduct, halfDaysAbsent);
    }

    /**
     * TT22 Art. 12: promotion counting the conduct re-assessed after summer training (Art. 13; null
     * when there was none — only a year conduct of CHUA_DAT may have one, else CONTRADICTORY) and the
     * learning level after retests (Art. 14). {@code halfDaysAbsent}: half-days (buổi), permitted or not.
     */
    public Decision<Promotion> promotion(LearningLevel yearLearning, LearningLevel yearConduct,
                                         LearningLevel conductAfterSummer, int halfDaysAbsent) {
        return inForce(yearEnd, Regulation.TT22).promotion(yearLearning, yearConduct, conductAfterSummer, halfDaysAbsent);
    }

    /**
     * TT22 Art. 8 and 13: the year conduct ({@code year}, or that of semester II when null), whether
     * summer training is required, and the level promotion counts (the re-assessment after summer
     * training when {@code afterSummerTraining} is given). Conduct is an input, never computed from scores.
     */
    public Decision<ConductOutcome> conduct(LearningLevel semester1, LearningLevel semester2, LearningLevel year,
                                            LearningLevel afterSummerTraining) {
        return inForce(yearEnd, Regulation.TT22).conduct(semester1, semester2, year, afterSummerTraining);
    }

    /**
     * TT22 Art. 14: the subjects that may be retested, <b>without checking conduct</b>. Art. 14 admits
     * only a student whose year conduct (after summer training) is at least Đạt: use the overload
     * with {@code yearConduct}.
     */
    @Deprecated
    public Decision<List<String>> retestSubjects(LearningLevel yearLevel, List<SubjectYearResult> yearResults) {
        return inForce(yearEnd, Regulation.TT22).retestSubjects(yearLevel, yearResults);
    }

    /**
     * TT22 Art. 14: the subjects that may be retested — none unless the year learning level is
     * CHUA_DAT and {@code yearConduct} (after summer training, Art. 13) is at least DAT.
     */
    public Decision<List<String>> retestSubjects(LearningLevel yearLevel, LearningLevel yearConduct,
                                                 List<SubjectYearResult> yearResults) {
        vn.khaothi.rules.support.FactGuard.present("yearConduct", yearConduct);
        return inForce(yearEnd, Regulation.TT22).retestSubjects(yearLevel, yearConduct, yearResults);
    }

    /** TT22 Art. 14: the year level recomputed once retest results replace year results (conduct not checked). */
    @Deprecated
    public Decision<LevelOutcome> levelAfterRetest(List<SubjectYearResult> yearResults, List<RetestResult> retests) {
        return inForce(yearEnd, Regulation.TT22).levelAfterRetest(yearResults, retests);
    }

    /** TT22 Art. 14: as above, refusing retests of a student whose year conduct is below DAT. */
    public Decision<LevelOutcome> levelAfterRetest(List<SubjectYearResult> yearResults, LearningLevel yearConduct,
                                                   List<RetestResult> retests) {
        vn.khaothi.rules.support.FactGuard.present("yearConduct", yearConduct);
        return inForce(yearEnd, Regulation.TT22).levelAfterRetest(yearResults, yearConduct, retests);
    }

    /**
     * TT22 Art. 15: "Học sinh Xuất sắc", "Học sinh Giỏi" or none. A learning level the scored
     * averages cannot reach (TỐT with a subject below 6.5) is refused: {@code learning}, CONTRADICTORY.
     */
    public Decision<AwardTitle> award(LearningLevel yearLearning, LearningLevel yearConduct,
                                      List<BigDecimal> scoredYearAverages) {
        return inForce(yearEnd, Regulation.TT22).award(yearLearning, yearConduct, scoredYearAverages);
    }

    // ---- TT22: assessment plan ------------------------------------------------------------------

    /** TT22 Art. 6: regular assessments (TX columns) per semester. */
    public Decision<Integer> regularAssessmentCount(int periodsPerYear, boolean commentaryOnly) {
        return inForce(plan, Regulation.TT22).regularAssessmentCount(periodsPerYear, commentaryOnly);
    }

    /** TT22 Art. 6, with Art. 6.3: one more per semester for an upper-secondary subject with a learning-topic cluster. */
    public Decision<Integer> regularAssessmentCount(int periodsPerYear, boolean commentaryOnly, boolean learningTopicCluster) {
        return inForce(plan, Regulation.TT22).regularAssessmentCount(periodsPerYear, commentaryOnly, learningTopicCluster);
    }

    /** TT22 Art. 7: allowed periodic test length in minutes (45 up to 70 periods a year, 60–90 above, ≤ 120 specialised). */
    public Decision<PeriodicDuration> periodicDuration(int periodsPerYear, boolean specialised) {
        return inForce(plan, Regulation.TT22).periodicDuration(periodsPerYear, specialised);
    }

    /** TT22 Art. 7: make-up of a missed periodic assessment. */
    public Decision<MakeUpRuling> missedPeriodicAssessment(boolean scoredSubject, boolean justified,
                                                           MakeUpStatus makeUp, int durationMinutes) {
        return inForce(plan, Regulation.TT22).missedPeriodicAssessment(scoredSubject, justified, makeUp, durationMinutes);
    }

    /** The cognitive-level codes items use: NB/TH/VD/VDC (TT22) or M1/M2/M3 (TT27). */
    public Decision<List<String>> cognitiveLevels(EducationLevel educationLevel) {
        if (educationLevel == null) {
            throw new InvalidFactException("educationLevel", "MISSING", "is required");
        }
        return educationLevel == EducationLevel.PRIMARY ? inForce(primary, Regulation.TT27).cognitiveLevels()
                : inForce(plan, Regulation.TT22).cognitiveLevels();
    }

    // ---- TT27 -----------------------------------------------------------------------------------

    /** TT27 Art. 7: an integer from 0 to 10, no decimals. Never throws for a bad score. */
    public Decision<Boolean> validatePrimaryScore(String field, BigDecimal score) {
        return inForce(primary, Regulation.TT27).validateScore(field, score);
    }

    /** TT27 Art. 7: does this grade take a periodic test in this subject at this point? */
    public Decision<Boolean> primaryPeriodicTest(int grade, PrimarySubject subject, PrimaryTestPoint point) {
        return inForce(primary, Regulation.TT27).periodicTest(grade, subject, point);
    }

    /**
     * TT27 Art. 9.2.a and Art. 11: a primary student's year-end evaluation (HTXS / HTT / HT / CHT)
     * from the subject levels, end-of-year test scores and the lowest quality and competence levels,
     * and whether the grade's programme (and in grade 5, primary education) is completed.
     */
    public Decision<PrimaryYearOutcome> primaryYearResult(int grade, List<PrimarySubjectOutcome> subjects,
                                                          QualityLevel qualities, QualityLevel competences) {
        return inForce(primary, Regulation.TT27).yearResult(grade, subjects, qualities, competences);
    }

    // ---- phase-in -------------------------------------------------------------------------------

    /**
     * Was {@code regulation} (TT22 or TT27) in force for {@code grade} in this school year? TT22 and
     * TT27 were brought in grade by grade (TT22 Art. 20, TT27 Art. 2 of the circular).
     */
    public Decision<Boolean> inForce(Regulation regulation, int grade) {
        if (regulation == Regulation.ONLINE) {
            throw new IllegalArgumentException("the online rules apply to every grade");
        }
        // before a circular's first year the catalog has no entry; its own phase-in rules still answer "no"
        RegulationCatalog.Entry entry = catalog.entries().stream()
                .filter(e -> e.regulation() == regulation && e.from().compareTo(schoolYear) <= 0)
                .reduce((first, later) -> later)
                .orElseGet(() -> catalog.entries().stream().filter(e -> e.regulation() == regulation).findFirst()
                        .orElseThrow(() -> new InvalidFactException("schoolYear", "NOT_IN_FORCE", regulation + " is not in the catalog")));
        RuleRun run = kbases.runner(entry.kbase()).run(new PhaseInQuery(schoolYear.startYear(), grade));
        return run.decision(run.one(InForce.class).inForce());
    }

    /** As {@link #inForce}, refusing ({@code grade}, NOT_IN_FORCE, with the rule's reason) when it was not. */
    public void requireInForce(Regulation regulation, int grade) {
        Decision<Boolean> d = inForce(regulation, grade);
        if (!d.value()) {
            throw new InvalidFactException("grade", "NOT_IN_FORCE", d.reasons().get(0).en()
                    + " (" + String.join(", ", d.citations()) + ")");
        }
    }

    // ---- TT09 and directives: online ------------------------------------------------------------

    /**
     * May this assessment be taken online? The answer lists what is missing (TT09 Art. 6). A retest
     * never is; representing the school is not force majeure. {@code principalAuthorized}: the
     * principal, or a deputy under a delegation the caller checked, decided yes.
     */
    public Decision<OnlinePermission> onlinePermission(AssessmentKind kind, ForceMajeureReason reason,
                                                       boolean principalAuthorized, boolean liveProctoring) {
        return onlinePermission(kind, reason, null, principalAuthorized, liveProctoring);
    }

    /** As above, with the written explanation an {@code OTHER} reason needs (school policy). */
    public Decision<OnlinePermission> onlinePermission(AssessmentKind kind, ForceMajeureReason reason, String explanation,
                                                       boolean principalAuthorized, boolean liveProctoring) {
        return inForce(online, Regulation.ONLINE).permission(new OnlineSittingRequest(kind, reason, explanation, principalAuthorized, liveProctoring));
    }

    /**
     * As above, naming who decided: the principal, a deputy with or without a recorded delegation,
     * or nobody ({@link Decider#NONE}) — answered as the remote-assessment workflow decides.
     */
    public Decision<OnlinePermission> onlinePermission(AssessmentKind kind, ForceMajeureReason reason, String explanation,
                                                       Decider decider, boolean liveProctoring) {
        return inForce(online, Regulation.ONLINE).permission(new OnlineSittingRequest(kind, reason, explanation, decider, liveProctoring));
    }

    /** May this remote-assessment request go to the principal? */
    public Decision<RemoteEligibility> remoteRequestEligibility(AssessmentKind kind, ForceMajeureReason reason,
                                                                String explanation, int evidenceCount,
                                                                Instant filedAt, Instant sittingClosesAt) {
        return inForce(online, Regulation.ONLINE).eligibility(new RemoteRequest(kind, reason, explanation, evidenceCount, filedAt, sittingClosesAt));
    }

    // ---- the directives' deadlines ---------------------------------------------------------------

    /**
     * Which periodic papers (GK1, CK1, GK2, CK2 of every subject but PE) are approved by the subject
     * group then the principal and published by the 28th of their month, on {@code today} (Tân Hồng
     * 1334/PGDĐT): ON_TIME, PENDING, LATE, EXEMPT, APPROVAL_OUT_OF_ORDER, in the order given.
     */
    public Decision<List<PaperSlotFinding>> periodicPaperDeadlines(List<PeriodicPaperSlot> slots, LocalDate today) {
        return inForce(directives, Regulation.ONLINE).periodicPapers(slots, today);
    }

    /** Built on first use and kept for the life of the class loader (the application). */
    private static final class SharedKnowledgeBases {
        static final KnowledgeBases INSTANCE = KnowledgeBases.fromClasspath();
    }
}
