package vn.khaothi.itembank.application.bank;

/**
 * A filtered search of the bank (tìm câu hỏi). Every filter is optional (null = any); {@code q}
 * is free text matched without diacritics or case; {@code page} counts from 0.
 *
 * @param chapter a chapter code of the curriculum tree, e.g. "C3"
 * @param tag     a tag, matched folded ("can bac hai" matches the tag "Căn bậc hai")
 */
public record ItemQuery(String subject, Integer grade, String chapter, String level, String type, String tag, String q,
                        String status, int page, int size) {

    public static final int MAX_SIZE = 200;

    public ItemQuery {
        subject = blankToNull(subject);
        chapter = blankToNull(chapter);
        level = blankToNull(level);
        type = blankToNull(type);
        tag = blankToNull(tag);
        q = blankToNull(q);
        status = blankToNull(status);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1–" + MAX_SIZE);
        }
    }

    public static ItemQuery all(int size) {
        return new ItemQuery(null, null, null, null, null, null, null, null, 0, size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
