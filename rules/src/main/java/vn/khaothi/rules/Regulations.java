package vn.khaothi.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import vn.khaothi.rules.online.AssessmentKind;
import vn.khaothi.rules.online.ForceMajeureReason;
import vn.khaothi.rules.online.OnlineAssessmentPolicy;
import vn.khaothi.rules.online.OnlinePermission;
import vn.khaothi.rules.online.OnlineSittingRequest;
import vn.khaothi.rules.online.RemoteEligibility;
import vn.khaothi.rules.online.RemoteRequest;
import vn.khaothi.rules.support.KnowledgeBases;
import vn.khaothi.rules.tt22.AwardTitle;
import vn.khaothi.rules.tt22.CommentaryResult;
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
import vn.khaothi.rules.tt27.PrimaryTestPoint;
import vn.khaothi.rules.tt27.Tt27Parameters;

/**
 * The one door the rest of the system uses to ask the regulations (quy chế đánh giá). Every method
 * answers a {@link Decision}: the value, the reasons in Vietnamese and English, and the citations
 * of the rules that fired. Bad input raises {@link InvalidFactException} naming the field.
 * <p>
 * An instance is bound to one school year, which selects the rule package and parameters through
 * the {@link RegulationCatalog}. It is immutable and thread-safe: the compiled knowledge bases are
 * shared, and each call runs in its own short-lived rule session.
 */
public final class Regulations {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SchoolYear schoolYear;
    private final SecondaryScoring scoring;
    private final SecondaryYearEnd yearEnd;
    private final SecondaryAssessmentPlan plan;
    private final PrimaryAssessment primary;
    private final OnlineAssessmentPolicy online;

    public Regulations(KnowledgeBases kbases, RegulationCatalog catalog, SchoolYear schoolYear) {
        this.schoolYear = schoolYear;
        RegulationCatalog.Entry tt22 = catalog.entryFor(Regulation.TT22, schoolYear);
        RegulationCatalog.Entry tt27 = catalog.entryFor(Regulation.TT27, schoolYear);
        RegulationCatalog.Entry onlineEntry = catalog.entryFor(Regulation.ONLINE, schoolYear);
        Tt22Parameters tt22Parameters = (Tt22Parameters) tt22.parameters();
        this.scoring = new SecondaryScoring(kbases.runner(tt22.kbase()));
        this.yearEnd = new SecondaryYearEnd(kbases.runner(tt22.kbase()), tt22Parameters);
        this.plan = new SecondaryAssessmentPlan(kbases.runner(tt22.kbase()), tt22Parameters);
        this.primary = new PrimaryAssessment(kbases.runner(tt27.kbase()), (Tt27Parameters) tt27.parameters());
        this.online = new OnlineAssessmentPolicy(kbases.runner(onlineEntry.kbase()));
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

    /** TT22 Art. 5.3.b: 0–10, at most one decimal. Value true/false; never throws for a bad score. */
    public Decision<Boolean> validateScore(String field, BigDecimal score) {
        return scoring.validateScore(field, score);
    }

    /** TT22 Art. 9.1.b: ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (n + 5), half-up to 0.1. */
    public Decision<BigDecimal> subjectAverage(List<BigDecimal> regular, BigDecimal midterm, BigDecimal finalScore) {
        return scoring.semesterAverage(regular, midterm, finalScore);
    }

    /** TT22 Art. 9.1.b: ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3, half-up to 0.1. */
    public Decision<BigDecimal> yearAverage(BigDecimal semester1, BigDecimal semester2) {
        return scoring.yearAverage(semester1, semester2);
    }

    /** TT22 Art. 9.1.a: semester result of a commentary-only subject. */
    public Decision<CommentaryResult> commentarySemesterResult(int required, int taken, int failed) {
        return scoring.commentarySemester(required, taken, failed);
    }

    /** TT22 Art. 9.1.a: year result of a commentary-only subject (that of semester II). */
    public Decision<CommentaryResult> commentaryYearResult(CommentaryResult semester1, CommentaryResult semester2) {
        return scoring.commentaryYear(semester1, semester2);
    }

    // ---- TT22: levels and year end --------------------------------------------------------------

    /** TT22 Art. 9.2 level, raised by Art. 9.3 when one subject alone pulled it down two levels. */
    public Decision<LevelOutcome> learningResult(List<BigDecimal> scoredAverages, int commentaryPassed,
                                                 int commentaryFailed) {
        return yearEnd.learningResult(scoredAverages, commentaryPassed, commentaryFailed);
    }

    /** TT22 Art. 11: promotion, with the unmet conditions. */
    public Decision<Promotion> promotion(LearningLevel yearLearning, LearningLevel yearConduct, int daysAbsent) {
        return yearEnd.promotion(yearLearning, yearConduct, daysAbsent);
    }

    /** TT22 Art. 12: the subjects that may be retested. */
    public Decision<List<String>> retestSubjects(LearningLevel yearLevel, List<SubjectYearResult> yearResults) {
        return yearEnd.retestSubjects(yearLevel, yearResults);
    }

    /** TT22 Art. 12: the year level recomputed once retest results replace year results. */
    public Decision<LevelOutcome> levelAfterRetest(List<SubjectYearResult> yearResults, List<RetestResult> retests) {
        return yearEnd.levelAfterRetest(yearResults, retests);
    }

    /** TT22 Art. 15: "Học sinh Xuất sắc", "Học sinh Giỏi" or none. */
    public Decision<AwardTitle> award(LearningLevel yearLearning, LearningLevel yearConduct,
                                      List<BigDecimal> scoredYearAverages) {
        return yearEnd.award(yearLearning, yearConduct, scoredYearAverages);
    }

    // ---- TT22: assessment plan ------------------------------------------------------------------

    /** TT22 Art. 6: regular assessments per semester. */
    public Decision<Integer> regularAssessmentCount(int periodsPerYear, boolean commentaryOnly) {
        return plan.regularAssessmentCount(periodsPerYear, commentaryOnly);
    }

    /** TT22 Art. 7: allowed periodic test length in minutes. */
    public Decision<PeriodicDuration> periodicDuration(int periodsPerYear, boolean specialised) {
        return plan.periodicDuration(periodsPerYear, specialised);
    }

    /** TT22 Art. 7: make-up of a missed periodic assessment. */
    public Decision<MakeUpRuling> missedPeriodicAssessment(boolean scoredSubject, boolean justified,
                                                           MakeUpStatus makeUp, int durationMinutes) {
        return plan.missedPeriodicAssessment(scoredSubject, justified, makeUp, durationMinutes);
    }

    /** The cognitive-level codes items use: NB/TH/VD/VDC (TT22) or M1/M2/M3 (TT27). */
    public Decision<List<String>> cognitiveLevels(EducationLevel educationLevel) {
        if (educationLevel == null) {
            throw new InvalidFactException("educationLevel", "MISSING", "is required");
        }
        return educationLevel == EducationLevel.PRIMARY ? primary.cognitiveLevels() : plan.cognitiveLevels();
    }

    // ---- TT27 -----------------------------------------------------------------------------------

    /** TT27: an integer from 1 to 10, no 0 and no decimals. Never throws for a bad score. */
    public Decision<Boolean> validatePrimaryScore(String field, BigDecimal score) {
        return primary.validateScore(field, score);
    }

    /** TT27: does this grade take a periodic test in this subject at this point? */
    public Decision<Boolean> primaryPeriodicTest(int grade, PrimarySubject subject, PrimaryTestPoint point) {
        return primary.periodicTest(grade, subject, point);
    }

    // ---- TT09 and directives: online ------------------------------------------------------------

    /** May this assessment be taken online? The answer lists what is missing. */
    public Decision<OnlinePermission> onlinePermission(AssessmentKind kind, ForceMajeureReason reason,
                                                       boolean principalAuthorized, boolean liveProctoring) {
        return onlinePermission(kind, reason, null, principalAuthorized, liveProctoring);
    }

    /** As above, with the written explanation an {@code OTHER} reason needs. */
    public Decision<OnlinePermission> onlinePermission(AssessmentKind kind, ForceMajeureReason reason, String explanation,
                                                       boolean principalAuthorized, boolean liveProctoring) {
        return online.permission(new OnlineSittingRequest(kind, reason, explanation, principalAuthorized, liveProctoring));
    }

    /** May this remote-assessment request go to the principal? */
    public Decision<RemoteEligibility> remoteRequestEligibility(AssessmentKind kind, ForceMajeureReason reason,
                                                                String explanation, int evidenceCount,
                                                                Instant filedAt, Instant sittingClosesAt) {
        return online.eligibility(new RemoteRequest(kind, reason, explanation, evidenceCount, filedAt, sittingClosesAt));
    }

    /** Built on first use and kept for the life of the class loader (the application). */
    private static final class SharedKnowledgeBases {
        static final KnowledgeBases INSTANCE = KnowledgeBases.fromClasspath();
    }
}
