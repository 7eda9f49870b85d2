package vn.khaothi.web.regulations;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the what-if requests. Classes with public fields, not records: Payara's OpenAPI
 * generator fails on records. Scores are {@link BigDecimal} so that 8.25 reaches the rules as
 * 8.25 (and is rounded to 8.3 as TT22 Art. 5.3.b says), never as a binary fraction. The rules themselves check every value and
 * name the bad field, so there are no Bean Validation constraints here that would say it twice.
 * Every request may name the {@code schoolYear} ("2025-2026") whose rules apply; the current
 * school year otherwise.
 */
public final class WhatIfRequests {

    private WhatIfRequests() {
    }

    /** What every what-if request may carry. */
    public abstract static class InYear {
        @Schema(description = "School year whose rules apply, e.g. 2025-2026; the current one when absent",
                example = "2025-2026")
        public String schoolYear;
        @Schema(description = "Grade (lớp) the question is about; refused with NOT_IN_FORCE when that grade was not yet "
                + "under the circular in that school year (phase-in)", example = "9")
        public Integer grade;
    }

    /** Điểm trung bình môn học kì (TT22 Art. 9.1.b). */
    public static class SubjectAverage extends InYear {
        @Schema(description = "Regular assessment scores (ĐĐGtx), 0–10, at most one decimal", example = "[5.9, 5.1, 4.9]")
        public List<BigDecimal> regular;
        @Schema(description = "Midterm score (ĐĐGgk)", example = "6.2")
        public BigDecimal midterm;
        @JsonbProperty("final")
        @Schema(name = "final", description = "End-of-term score (ĐĐGck)", example = "5.2")
        public BigDecimal finalScore;
    }

    /** Điểm trung bình môn cả năm (TT22 Art. 9.1.b). */
    public static class YearAverage extends InYear {
        @Schema(description = "Semester I average (ĐTBmhkI)", example = "6.0")
        public BigDecimal semester1;
        @Schema(description = "Semester II average (ĐTBmhkII)", example = "7.1")
        public BigDecimal semester2;
    }

    /** Kết quả học tập of a semester or year (TT22 Art. 9.2, 9.3). */
    public static class LearningResult extends InYear {
        @Schema(description = "The average of every scored subject", example = "[8.0, 8.1, 8.2, 8.3, 8.4, 8.5, 7.0, 3.4]")
        public List<BigDecimal> scored;
        @Schema(description = "Commentary-only subjects at ĐẠT (0 when absent)", example = "4")
        public Integer commentaryPassed;
        @Schema(description = "Commentary-only subjects at CHƯA ĐẠT (0 when absent)", example = "0")
        public Integer commentaryFailed;
    }

    /** May this assessment be taken online (TT09, regulations.md §4)? */
    public static class OnlinePermission extends InYear {
        @Schema(description = "REGULAR, MIDTERM, FINAL, MAKEUP or RETEST", example = "MIDTERM")
        public String assessmentKind;
        @Schema(description = "null, ILLNESS, DISASTER, EPIDEMIC_ISOLATION, FAMILY_EMERGENCY, OFFICIAL_DUTY or OTHER",
                example = "ILLNESS")
        public String forceMajeureReason;
        @Schema(description = "The written explanation an OTHER reason needs")
        public String explanation;
        @Schema(description = "The principal (or a delegate) authorised it; false when absent. Superseded by decider")
        public Boolean principalAuthorized;
        @Schema(description = "Who decided: PRINCIPAL, DEPUTY_WITH_DELEGATION, DEPUTY_WITHOUT_DELEGATION or NONE; "
                + "when absent, principalAuthorized=true means PRINCIPAL", example = "DEPUTY_WITH_DELEGATION")
        public String decider;
        @Schema(description = "A teacher supervises the whole sitting live; false when absent")
        public Boolean liveProctoring;
    }

    /** One score to check against a scale (TT22: 0–10, one decimal; TT27: integer 1–10). */
    public static class ScoreCheck extends InYear {
        @Schema(example = "8.25")
        public BigDecimal score;
    }

    /** A subject's load, for the assessment plan of TT22 Art. 6 and 7. */
    public static class SubjectLoad extends InYear {
        @Schema(description = "Periods of the subject per school year", example = "105")
        public Integer periodsPerYear;
        @Schema(description = "Art. 6: a commentary-only subject (false when absent)")
        public Boolean commentaryOnly;
        @Schema(description = "Art. 7: a specialised subject (false when absent)")
        public Boolean specialised;
        @Schema(description = "Art. 6.3: an upper-secondary subject with a learning-topic cluster (false when absent)")
        public Boolean learningTopicCluster;
    }

    /** Year-end promotion (TT22 Art. 12). */
    public static class Promotion extends InYear {
        @Schema(description = "Year learning result (after retests, Art. 14): TOT, KHA, DAT or CHUA_DAT", example = "DAT")
        public String learning;
        @Schema(description = "Year conduct result: TOT, KHA, DAT or CHUA_DAT", example = "KHA")
        public String conduct;
        @Schema(description = "Conduct re-assessed after summer training (Art. 13), only when the year conduct is CHUA_DAT")
        public String conductAfterSummer;
        @Schema(description = "Half-days (buổi) absent in the year, permitted or not (Art. 12.1.c); 0 when absent", example = "12")
        public Integer halfDaysAbsent;
        @Schema(description = "Deprecated name of halfDaysAbsent (Art. 12 counts half-days)", deprecated = true)
        public Integer daysAbsent;
    }

    /** Year conduct and summer training (TT22 Art. 8, 13). */
    public static class Conduct extends InYear {
        @Schema(description = "Semester I conduct: TOT, KHA, DAT or CHUA_DAT", example = "KHA")
        public String semester1;
        @Schema(description = "Semester II conduct (required)", example = "CHUA_DAT")
        public String semester2;
        @Schema(description = "The year conduct the homeroom teacher decided; that of semester II when absent")
        public String year;
        @Schema(description = "Conduct re-assessed after summer training (Art. 13)")
        public String afterSummerTraining;
    }

    /** One subject's year result, for retests (TT22 Art. 14). */
    public static class SubjectResult {
        @Schema(example = "Toán")
        public String subject;
        @Schema(description = "Year average (ĐTBmcn) of a scored subject", example = "4.8")
        public BigDecimal average;
        @Schema(description = "DAT or CHUA_DAT for a commentary subject")
        public String commentary;
    }

    /** Which subjects may be retested (TT22 Art. 14). */
    public static class Retest extends InYear {
        @Schema(description = "Year conduct after summer training (Art. 13): TOT, KHA, DAT or CHUA_DAT", example = "DAT")
        public String yearConduct;
        @Schema(description = "Every subject's year result; the year learning level is computed from them (Art. 9.2, 9.3)")
        public List<SubjectResult> results;
    }

    /** Does this primary grade take a periodic test in this subject at this point (TT27 Art. 7)? */
    public static class PrimaryPeriodicTest extends InYear {
        @Schema(description = "VIETNAMESE, MATHEMATICS, FOREIGN_LANGUAGE, HISTORY_GEOGRAPHY, SCIENCE, INFORMATICS_TECHNOLOGY or OTHER",
                example = "FOREIGN_LANGUAGE")
        public String subject;
        @Schema(description = "MIDTERM_1, END_OF_SEMESTER_1, MIDTERM_2 or END_OF_YEAR", example = "END_OF_YEAR")
        public String point;
    }

    /** One primary subject at the end of the year (TT27 Art. 7, 9). */
    public static class PrimarySubject {
        @Schema(example = "Toán")
        public String subject;
        @Schema(description = "HOAN_THANH_TOT, HOAN_THANH or CHUA_HOAN_THANH", example = "HOAN_THANH_TOT")
        public String level;
        @Schema(description = "End-of-year test score, an integer 0–10; absent for a subject without a test", example = "9")
        public BigDecimal endOfYearScore;
    }

    /** A primary student's year end (TT27 Art. 9.2.a, 11). */
    public static class PrimaryYear extends InYear {
        public List<PrimarySubject> subjects;
        @Schema(description = "Lowest level of the qualities: TOT, DAT or CAN_CO_GANG", example = "TOT")
        public String qualities;
        @Schema(description = "Lowest level of the core competences: TOT, DAT or CAN_CO_GANG", example = "TOT")
        public String competences;
    }

    /** One periodic paper the directives expect (Tân Hồng 1334/PGDĐT). */
    public static class PaperSlot {
        @Schema(example = "MATH")
        public String subject;
        @Schema(example = "9")
        public Integer grade;
        @Schema(description = "MIDTERM_1, END_OF_SEMESTER_1, MIDTERM_2 or END_OF_SEMESTER_2", example = "MIDTERM_1")
        public String point;
        @Schema(description = "The month by whose 28th it must be published, YYYY-MM", example = "2025-10")
        public String dueMonth;
        @Schema(description = "Date the subject group approved it, YYYY-MM-DD")
        public String groupApprovedOn;
        @Schema(description = "Date the principal approved it, YYYY-MM-DD")
        public String principalApprovedOn;
        @Schema(description = "Date it was published to teachers and students, YYYY-MM-DD")
        public String publishedOn;
    }

    /** The directive's periodic papers, checked on a day (today in Vietnam when absent). */
    public static class PeriodicPapers extends InYear {
        @Schema(description = "YYYY-MM-DD; today in Vietnam when absent", example = "2025-10-29")
        public String today;
        public List<PaperSlot> slots;
    }

    /** Year-end title (TT22 Art. 15). */
    public static class Award extends InYear {
        @Schema(description = "Year learning result: TOT, KHA, DAT or CHUA_DAT", example = "TOT")
        public String learning;
        @Schema(description = "Year conduct result: TOT, KHA, DAT or CHUA_DAT", example = "TOT")
        public String conduct;
        @Schema(description = "The year average of every scored subject", example = "[9.0, 9.1, 9.2, 9.3, 9.4, 9.5, 8.0]")
        public List<BigDecimal> scored;
    }
}
