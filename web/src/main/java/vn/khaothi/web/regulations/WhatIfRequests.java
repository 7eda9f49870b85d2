package vn.khaothi.web.regulations;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the what-if requests. Classes with public fields, not records: Payara's OpenAPI
 * generator fails on records. Scores are {@link BigDecimal} so that 8.25 reaches the rules as
 * 8.25 (and is refused), never as a binary fraction. The rules themselves check every value and
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
        @Schema(description = "The principal (or a delegate) authorised it; false when absent")
        public Boolean principalAuthorized;
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
    }

    /** Year-end promotion (TT22 Art. 11). */
    public static class Promotion extends InYear {
        @Schema(description = "Year learning result: TOT, KHA, DAT or CHUA_DAT", example = "DAT")
        public String learning;
        @Schema(description = "Year conduct result: TOT, KHA, DAT or CHUA_DAT", example = "KHA")
        public String conduct;
        @Schema(description = "Days absent in the year (0 when absent)", example = "12")
        public Integer daysAbsent;
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
