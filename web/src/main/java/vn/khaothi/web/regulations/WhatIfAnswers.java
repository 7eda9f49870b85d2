package vn.khaothi.web.regulations;

import java.math.BigDecimal;
import java.util.List;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Reason;

/**
 * The bodies of the what-if answers. Every answer names the {@code schoolYear} whose rules
 * decided, and carries the {@code reasons} (one shape everywhere: {@link ReasonView}) and the
 * distinct {@code citations} of the rules that fired, in firing order.
 */
public final class WhatIfAnswers {

    private WhatIfAnswers() {
    }

    /**
     * One step of a decision: the explanation in Vietnamese and English, the clause it applies
     * and the rule that produced it.
     */
    public record ReasonView(String vi, String en, String citation, String rule) {

        static List<ReasonView> of(Decision<?> decision) {
            return decision.reasons().stream().map(ReasonView::of).toList();
        }

        static ReasonView of(Reason reason) {
            return new ReasonView(reason.vi(), reason.en(), reason.citation(), reason.rule());
        }
    }

    /** An entered score with more than one decimal, as it was used (TT22 Art. 5.3.b). */
    public record Rounded(String field, BigDecimal entered, BigDecimal used) {
    }

    /**
     * An average, rounded half-up to one decimal (5.5, 6.0): a JSON number. {@code rounded} lists the
     * inputs that had more than one decimal and were rounded before use (empty otherwise).
     */
    public record Average(String schoolYear, BigDecimal average, List<Rounded> rounded, List<ReasonView> reasons,
                          List<String> citations) {
    }

    /** A learning-result level: the final one, the one Art. 9.2 computed, and whether Art. 9.3 raised it. */
    public record Level(String schoolYear, String level, String computedLevel, boolean adjusted,
                        List<ReasonView> reasons, List<String> citations) {
    }

    /**
     * Whether an assessment may be taken online, and what it still lacks; {@code inPersonOnly} when
     * nothing can make it online (a retest).
     */
    public record Permission(String schoolYear, boolean allowed, List<String> requires, boolean inPersonOnly,
                             List<ReasonView> reasons, List<String> citations) {
    }

    /** Whether a score is on the scale, and as what it is stored ({@code stored}: null when it is not valid). */
    public record ScoreValidity(String schoolYear, boolean valid, BigDecimal stored, List<ReasonView> reasons,
                                List<String> citations) {
    }

    /** The number of regular assessments each semester (TT22 Art. 6). */
    public record RegularCount(String schoolYear, int perSemester, List<ReasonView> reasons, List<String> citations) {
    }

    /** The allowed length of a periodic test in minutes, both ends included (TT22 Art. 7). */
    public record Duration(String schoolYear, int minMinutes, int maxMinutes,
                           List<ReasonView> reasons, List<String> citations) {
    }

    /** Promoted or not, with the unmet conditions and the next steps (TT22 Art. 12, 13, 14). */
    public record Promotion(String schoolYear, boolean promoted, List<String> unmet, List<String> nextSteps,
                            List<ReasonView> reasons, List<String> citations) {
    }

    /** Year conduct, summer training and the level promotion counts (TT22 Art. 8, 13). */
    public record Conduct(String schoolYear, String year, boolean summerTrainingRequired, String afterSummerTraining,
                          String forPromotion, List<ReasonView> reasons, List<String> citations) {
    }

    /** The year learning level the results give, and the subjects that may be retested (TT22 Art. 14). */
    public record Retest(String schoolYear, String yearLevel, List<String> subjects, List<ReasonView> reasons,
                         List<String> citations) {
    }

    /** Whether a primary periodic test is taken (TT27 Art. 7). */
    public record PrimaryTest(String schoolYear, boolean required, List<ReasonView> reasons, List<String> citations) {
    }

    /** A primary student's year end (TT27 Art. 9.2.a, 11). */
    public record PrimaryYear(String schoolYear, String evaluation, boolean gradeCompleted,
                              boolean primaryProgrammeCompleted, List<ReasonView> reasons, List<String> citations) {
    }

    /** One periodic paper's finding (Tân Hồng 1334/PGDĐT). */
    public record PaperFinding(String subject, int grade, String point, String code, String deadline, String status,
                               List<String> missing) {
    }

    /** The directive's periodic papers on a day. */
    public record PeriodicPapers(String schoolYear, String today, List<PaperFinding> findings, List<ReasonView> reasons,
                                 List<String> citations) {
    }

    /** The year-end title: OUTSTANDING (Xuất sắc), EXCELLENT (Giỏi) or NONE (TT22 Art. 15). */
    public record Award(String schoolYear, String award, List<ReasonView> reasons, List<String> citations) {
    }
}
