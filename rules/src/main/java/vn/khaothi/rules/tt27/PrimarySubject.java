package vn.khaothi.rules.tt27;

/** Primary subjects (môn học, cấp tiểu học) that the periodic-test rules of TT27 name. */
public enum PrimarySubject {
    /** Tiếng Việt. */
    VIETNAMESE("Tiếng Việt", "Vietnamese"),
    /** Toán. */
    MATHEMATICS("Toán", "Mathematics"),
    /** Ngoại ngữ 1. */
    FOREIGN_LANGUAGE("Ngoại ngữ 1", "Foreign language 1"),
    /** Lịch sử và Địa lí. */
    HISTORY_GEOGRAPHY("Lịch sử và Địa lí", "History and geography"),
    /** Khoa học. */
    SCIENCE("Khoa học", "Science"),
    /** Tin học và Công nghệ. */
    INFORMATICS_TECHNOLOGY("Tin học và Công nghệ", "Informatics and technology"),
    /** Any subject assessed by commentary only (Đạo đức, Tự nhiên và Xã hội, Âm nhạc, …). */
    OTHER("Môn đánh giá bằng nhận xét", "A commentary-assessed subject");

    private final String vi;
    private final String en;

    PrimarySubject(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The label used in the reasons that rules give. */
    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
