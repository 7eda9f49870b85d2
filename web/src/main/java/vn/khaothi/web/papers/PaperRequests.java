package vn.khaothi.web.papers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Request bodies of the papers API (classes with public fields: Payara's OpenAPI fails on records). */
public final class PaperRequests {

    private PaperRequests() {
    }

    /** {@code POST /papers}: api-contract.md "Papers", plus optional codes, mode and exposure policy. */
    public static class Generate {
        @NotBlank @Size(max = 200)
        public String title;
        @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,39}", message = "subject is a subject code, e.g. MATH")
        public String subject;
        @NotNull @Min(1) @Max(12)
        public Integer grade;
        @NotNull @Pattern(regexp = "MIDTERM|FINAL|REGULAR|MAKEUP|RETEST",
                message = "kind is one of MIDTERM, FINAL, REGULAR, MAKEUP, RETEST")
        public String kind;
        /** How many versions, coded 101, 102…; ignored when {@link #codes} is given. */
        @Min(1) @Max(50)
        public Integer versions;
        /** The versions' codes, e.g. ["132","209","357","485"]. */
        @Size(max = 50)
        public List<@NotBlank @Pattern(regexp = "[0-9A-Za-z]{1,10}", message = "a code is 1-10 letters or digits") String> codes;
        public Long seed;
        @Pattern(regexp = "SAME_ITEMS|PARALLEL_FORMS", message = "mode is SAME_ITEMS or PARALLEL_FORMS")
        public String mode;
        @Pattern(regexp = "PREFER_FRESH|EXCLUDE_EXPOSED|IGNORE", message = "exposure is PREFER_FRESH, EXCLUDE_EXPOSED or IGNORE")
        public String exposure;
        /** The approved paper this one replaces, when a paper changes after approval. */
        public Long supersedes;
        @NotNull @Valid
        public BlueprintBody blueprint;
    }

    public static class BlueprintBody {
        @NotNull @Min(5) @Max(240)
        public Integer durationMinutes;
        @NotEmpty @Size(max = 200) @Valid
        public List<Cell> cells;
    }

    public static class Cell {
        @NotBlank @Size(max = 200)
        public String chapter;
        @NotBlank @Pattern(regexp = "NB|TH|VD|VDC|M1|M2|M3", message = "level is NB, TH, VD, VDC, M1, M2 or M3")
        public String level;
        @NotBlank @Pattern(regexp = "SINGLE_CHOICE|MULTIPLE_RESPONSE|TRUE_FALSE|TRUE_FALSE_CLUSTER|SHORT_NUMERIC|SHORT_TEXT"
                + "|MATCHING|ORDERING|CLOZE|ESSAY", message = "type is an item type code, e.g. SINGLE_CHOICE")
        public String type;
        @NotNull @Min(1) @Max(100)
        public Integer count;
        @NotNull @DecimalMin(value = "0.01")
        public BigDecimal pointsEach;
        @Size(max = 2000)
        public String specification;
    }

    /** {@code POST /blueprints}: a named blueprint to keep (a new version when the name exists). */
    public static class SavedBlueprint {
        @NotBlank @Size(max = 200)
        public String name;
        @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,39}", message = "subject is a subject code, e.g. MATH")
        public String subject;
        @NotNull @Min(1) @Max(12)
        public Integer grade;
        @NotNull @Pattern(regexp = "MIDTERM|FINAL|REGULAR|MAKEUP|RETEST",
                message = "kind is one of MIDTERM, FINAL, REGULAR, MAKEUP, RETEST")
        public String kind;
        @NotNull @Valid
        public BlueprintBody blueprint;
    }

    /** {@code POST /papers/{id}/approval}. */
    public static class Approval {
        @NotNull
        public Boolean approve;
        @Size(max = 1000)
        public String note;
    }
}
