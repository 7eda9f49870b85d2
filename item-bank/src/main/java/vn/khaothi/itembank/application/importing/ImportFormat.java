package vn.khaothi.itembank.application.importing;

/** The file formats the bank reads, with the codes of the REST {@code format} parameter. */
public enum ImportFormat {
    GIFT("gift"), MOODLE_XML("moodle-xml"), AIKEN("aiken"), QTI21("qti21"), DOCX("docx"), KHAOTHI_JSON("khaothi-json");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ImportFormat ofCode(String code) {
        for (ImportFormat f : values()) {
            if (f.code.equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown import format " + code);
    }
}
