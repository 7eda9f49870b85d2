package vn.khaothi.itembank.application.importing;

/** The file formats the bank reads and writes, with the codes of the REST {@code format} parameter. */
public enum ItemFormat {
    GIFT("gift"), MOODLE_XML("moodle-xml"), AIKEN("aiken"), QTI21("qti21"), DOCX("docx"), KHAOTHI_JSON("khaothi-json");

    private final String code;

    ItemFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether an import of this format may take its answers from a second file ({@link AnswerKeyFile}): Word only. */
    public boolean takesAnswerKeyFile() {
        return this == DOCX;
    }

    public static ItemFormat ofCode(String code) {
        for (ItemFormat f : values()) {
            if (f.code.equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown import format " + code);
    }
}
