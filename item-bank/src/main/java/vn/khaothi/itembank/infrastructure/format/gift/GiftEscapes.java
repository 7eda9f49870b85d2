package vn.khaothi.itembank.infrastructure.format.gift;

/**
 * GIFT's backslash escapes. While a question is parsed, escaped control characters are swapped for
 * private-use code points so that splitting on {@code ~ = # { } :} never sees them; {@link #restore}
 * turns them back into the literal characters. {@code \n} is a line break, as in Moodle.
 */
final class GiftEscapes {

    private static final String SPECIALS = "\\~=#{}:";
    private static final char BASE = '\uE000';

    private GiftEscapes() {
    }

    static String protect(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                int special = SPECIALS.indexOf(next);
                if (special >= 0) {
                    out.append((char) (BASE + special));
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    static String restore(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= BASE && c < BASE + SPECIALS.length()) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(SPECIALS.charAt(c - BASE));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Escapes text for writing: every control character gets a backslash. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            if (c == '\n') {
                out.append("\\n");
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
