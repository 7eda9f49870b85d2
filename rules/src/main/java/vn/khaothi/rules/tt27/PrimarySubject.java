package vn.khaothi.rules.tt27;

/** Primary subjects (môn học, cấp tiểu học) that the periodic-test rules of TT27 name. */
public enum PrimarySubject {
    /** Tiếng Việt. */
    VIETNAMESE,
    /** Toán. */
    MATHEMATICS,
    /** Ngoại ngữ 1. */
    FOREIGN_LANGUAGE,
    /** Lịch sử và Địa lí. */
    HISTORY_GEOGRAPHY,
    /** Khoa học. */
    SCIENCE,
    /** Tin học và Công nghệ. */
    INFORMATICS_TECHNOLOGY,
    /** Any subject assessed by commentary only (Đạo đức, Tự nhiên và Xã hội, Âm nhạc, …). */
    OTHER
}
