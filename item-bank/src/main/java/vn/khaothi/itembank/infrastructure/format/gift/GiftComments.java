package vn.khaothi.itembank.infrastructure.format.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The idnumber and tags Moodle writes into the comment lines before a question:
 * {@code // [id:myid] [tag:tag1] [tag:tag2]}. Values are trimmed, {@code \]} is a literal
 * {@code ]}, and a value may not run over a line break.
 */
public record GiftComments(String idnumber, List<String> tags, BigDecimal points, String guidance, String template) {

    /*
     * Our own markers, which Moodle ignores as it ignores any comment: [points:2.5] (GIFT has no
     * points), [guidance:…] and [template:…] (an essay's marking guide and response template, HTML
     * on one line: a line break is written \n, a backslash \\ and a ] \]).
     */
    private static final Pattern MARKER = Pattern.compile("\\[(id|tag|points|guidance|template):((?:\\\\.|[^\\]\\\\\\n])*)\\]");

    public static GiftComments parse(String comment) {
        String id = "";
        List<String> tags = new ArrayList<>();
        BigDecimal points = null;
        String guidance = "";
        String template = "";
        Matcher m = MARKER.matcher(comment);
        while (m.find()) {
            String value = m.group(2).replace("\\]", "]").strip();
            switch (m.group(1)) {
                case "id" -> id = value;
                case "tag" -> tags.add(value);
                case "points" -> {
                    try {
                        points = new BigDecimal(value);
                    } catch (NumberFormatException e) {
                        // Not ours: a comment that happens to look like a marker.
                    }
                }
                case "guidance" -> guidance = unescape(m.group(2));
                default -> template = unescape(m.group(2));
            }
        }
        return new GiftComments(id, List.copyOf(tags), points, guidance, template);
    }

    /** One line of HTML for a [guidance:…] or [template:…] marker. */
    public static String escape(String html) {
        return html.replace("\\", "\\\\").replace("]", "\\]").replace("\r\n", "\n").replace("\n", "\\n");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
