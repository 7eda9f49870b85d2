package vn.khaothi.itembank.domain.itemtype;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a typed answer is compared with an accepted text, for short text items and text gaps:
 * Unicode NFC (so a precomposed "ă" equals "a" + breve), surrounding spaces trimmed and inner
 * runs of spaces collapsed to one; case ignored unless the answer is case-sensitive; diacritics
 * always significant ("ma" ≠ "má"); {@code *} in the accepted text matches any characters.
 */
final class TextMatcher {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private TextMatcher() {
    }

    static String normalise(String text, boolean caseSensitive) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return caseSensitive ? n : n.toLowerCase(VIETNAMESE);
    }

    static boolean matches(String accepted, String given, boolean caseSensitive) {
        String a = normalise(accepted, caseSensitive);
        String g = normalise(given, caseSensitive);
        if (a.indexOf('*') < 0) {
            return a.equals(g);
        }
        String regex = Arrays.stream(a.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.DOTALL).matcher(g).matches();
    }
}
