package vn.khaothi.itembank.infrastructure.format.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The idnumber and tags Moodle writes into the comment lines before a question:
 * {@code // [id:myid] [tag:tag1] [tag:tag2]}. Values are trimmed, {@code \]} is a literal
 * {@code ]}, and a value may not run over a line break.
 */
public record GiftComments(String idnumber, List<String> tags) {

    private static final Pattern MARKER = Pattern.compile("\\[(id|tag):((?:\\\\.|[^\\]\\\\\\n])*)\\]");

    public static GiftComments parse(String comment) {
        String id = "";
        List<String> tags = new ArrayList<>();
        Matcher m = MARKER.matcher(comment);
        while (m.find()) {
            String value = m.group(2).replace("\\]", "]").strip();
            if (m.group(1).equals("id")) {
                id = value;
            } else {
                tags.add(value);
            }
        }
        return new GiftComments(id, List.copyOf(tags));
    }
}
