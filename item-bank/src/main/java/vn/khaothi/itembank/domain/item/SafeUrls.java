package vn.khaothi.itembank.domain.item;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs item HTML may hold (issue 11, findings 2 and 13). An allow-list of schemes, judged on
 * the URL the browser will actually follow: the parser has already decoded the entities
 * ({@code jav&#x09;ascript:}), and here the characters a browser drops from a URL (controls, spaces,
 * tab, line breaks) are removed and {@code \} is read as {@code /}, as browsers do. A scheme that
 * is not on the list, or anything that looks like a scheme but is not a plain one, is refused
 * rather than guessed at.
 */
final class SafeUrls {

    /** Links may leave the school's site (a reference on Wikipedia is fine); scripts may not run. */
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    /**
     * Images may not: an image is fetched as soon as the stem is shown, so an outside address would
     * be a tracking pixel in a test. Only relative sources (media stored with the item) and inline
     * raster images; SVG is left out because it can carry script when opened on its own.
     */
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|jpe?g|gif|webp|bmp)[;,].*", Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.\\-]*):.*", Pattern.DOTALL);
    private static final Pattern DROPPED = Pattern.compile("[\\x00-\\x20\\x7f-\\x9f\\u00a0\\u1680\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000\\ufeff]");

    private SafeUrls() {
    }

    static boolean isSafeLink(String url) {
        String u = normalise(url);
        String scheme = scheme(u);
        if (scheme == null) {
            return !looksLikeScheme(u);
        }
        return LINK_SCHEMES.contains(scheme);
    }

    static boolean isSafeImage(String url) {
        String u = normalise(url);
        String scheme = scheme(u);
        if (scheme == null) {
            return !looksLikeScheme(u) && !u.startsWith("//");
        }
        return scheme.equals("data") && DATA_IMAGE.matcher(u).matches();
    }

    private static String normalise(String url) {
        return DROPPED.matcher(url).replaceAll("").replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    private static String scheme(String u) {
        var m = SCHEME.matcher(u);
        if (!m.matches()) {
            return null;
        }
        String scheme = m.group(1);
        // "a/b:c" is a relative path, not a scheme: the colon must come before any / ? #.
        return scheme.length() < firstDelimiter(u) ? scheme : null;
    }

    /** A colon before the first / ? # without a plain scheme in front: refuse rather than guess. */
    private static boolean looksLikeScheme(String u) {
        int colon = u.indexOf(':');
        return colon >= 0 && colon < firstDelimiter(u);
    }

    private static int firstDelimiter(String u) {
        int end = u.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = u.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    private static final Pattern STYLE_COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.DOTALL);
    /** Anything in a style that can fetch (a tracking pixel) or run code; a backslash would hide it. */
    private static final Pattern STYLE_REFUSED = Pattern.compile(
            "[\\\\@<>&]|url|image|expression|behavior|binding|script|import|src");

    static boolean isSafeStyle(String style) {
        String s = STYLE_COMMENT.matcher(style.toLowerCase(Locale.ROOT)).replaceAll("");
        return !STYLE_REFUSED.matcher(s).find();
    }
}
