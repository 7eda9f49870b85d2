package vn.khaothi.itembank.domain.curriculum;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a chapter or lesson code (mã chương/bài) may be (issue 11, finding 13). Codes come from
 * teachers and from imported category paths ("Toán 9/Chương 1"), so they are free text in any
 * script, but every level of a path is a real name: no empty level, no {@code .} or {@code ..}, no
 * backslash, no markup, no control or invisible characters, at most 200 characters.
 */
public final class CurriculumCode {

    public static final int MAX_LENGTH = 200;
    /** One level: starts with a letter or digit; no backslash, markup, quote, control or invisible character after. */
    private static final Pattern LEVEL = Pattern.compile("[\\p{L}\\p{N}][^\\\\<>\"\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]*");

    private CurriculumCode() {
    }

    /** Why the code is refused, in words, or empty when it may be used. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("a chapter or lesson code is needed");
        }
        if (code.length() > MAX_LENGTH) {
            return Optional.of("a chapter or lesson code is at most " + MAX_LENGTH + " characters");
        }
        for (String level : code.split("/", -1)) {
            if (!LEVEL.matcher(level).matches() || level.strip().equals(".") || level.contains("..")) {
                return Optional.of("the code \"" + printable(code) + "\" is not a chapter or lesson code: each level of "
                        + "a path (levels are separated by /) starts with a letter or digit and holds no .., \\, <, >, "
                        + "\" or invisible characters");
            }
        }
        return Optional.empty();
    }

    private static String printable(String code) {
        String shown = code.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
