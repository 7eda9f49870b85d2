package vn.khaothi.web.bank;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the bank's API: classes with public fields, not records, because Payara's
 * OpenAPI generator fails on constraints of record components.
 */
public final class BankRequests {

    private BankRequests() {
    }

    /** {@code {"to":"SUBMITTED|GROUP_APPROVED|PUBLISHED|RETIRED|DRAFT","note":"…"}} */
    public static class Transition {
        @NotBlank
        @Pattern(regexp = "DRAFT|SUBMITTED|GROUP_APPROVED|PUBLISHED|RETIRED",
                message = "to is one of DRAFT, SUBMITTED, GROUP_APPROVED, PUBLISHED, RETIRED")
        public String to;
        @Size(max = 1000)
        public String note;
    }

    /** A new item, or a new version of one (subject and grade are ignored on an edit). */
    public static class ItemWrite {
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,39}", message = "subject is a subject code, e.g. MATH")
        public String subject;
        @Min(1) @Max(12)
        public Integer grade;
        @Size(max = 200)
        public String chapter;
        @Size(max = 200)
        public String lesson;
        @NotBlank
        @Pattern(regexp = "NB|TH|VD|VDC|M1|M2|M3", message = "level is NB, TH, VD, VDC (grades 6-12) or M1, M2, M3 (grades 1-5)")
        public String level;
        /** The content in the stored JSON shape (docs/item-formats.md, "Stored content"). */
        @NotNull
        public JsonObject content;
        @Size(max = 1000)
        public String note;
    }

    /** {@code {"itemId": n}}: the other item of an enemy pair. */
    public static class Enemy {
        @NotNull
        public Long itemId;
    }

    /** A chapter, or a lesson when {@code parent} names its chapter. */
    public static class Node {
        @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,39}", message = "subject is a subject code, e.g. MATH")
        public String subject;
        @NotNull @Min(1) @Max(12)
        public Integer grade;
        @Size(max = 200)
        public String parent;
        @NotBlank @Size(max = 200)
        public String code;
        @NotBlank @Size(max = 500)
        public String title;
    }
}
