package vn.khaothi.rules.online;

/**
 * Who decided that a periodic assessment may be taken online (người quyết định). TT09 leaves the
 * decision to the head of the institution (the principal); a deputy may sign "KT. Hiệu trưởng" on
 * the principal's behalf only under a recorded delegation (school policy, as the remote-assessment
 * workflow enforces it).
 */
public enum Decider {
    /** Hiệu trưởng. */
    PRINCIPAL("hiệu trưởng", "the principal"),
    /** Phó hiệu trưởng có ủy quyền còn hiệu lực (ký KT. Hiệu trưởng). */
    DEPUTY_WITH_DELEGATION("phó hiệu trưởng được ủy quyền (ký KT. Hiệu trưởng)", "a deputy under a delegation (signing for the principal)"),
    /** Phó hiệu trưởng không có ủy quyền. */
    DEPUTY_WITHOUT_DELEGATION("phó hiệu trưởng không có ủy quyền", "a deputy without a delegation"),
    /** Chưa có ai quyết định. */
    NONE("chưa có người quyết định", "nobody yet");

    private final String vi;
    private final String en;

    Decider(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** Whose decision counts: the principal's, or a deputy's under a delegation. */
    public boolean decides() {
        return this == PRINCIPAL || this == DEPUTY_WITH_DELEGATION;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
