package vn.khaothi.engine.application;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule's citation code ("TT22 Art. 7.1.b") as a Vietnamese document writes it: "Điều 7, khoản 1, điểm b,
 * Thông tư 22/2021/TT-BGDĐT" (issue 17). The pages do the same in {@code assets/messages.js}.
 */
public final class CitationText {

    private static final Map<String, String> CIRCULARS = Map.of(
            "TT22", "Thông tư 22/2021/TT-BGDĐT",
            "TT27", "Thông tư 27/2020/TT-BGDĐT",
            "TT09", "Thông tư 09/2021/TT-BGDĐT",
            "TT26", "Thông tư 26/2020/TT-BGDĐT",
            "TT58", "Thông tư 58/2011/TT-BGDĐT");
    private static final Pattern CODE = Pattern.compile("(TT\\d{2})\\s+Art\\.\\s*(\\d+)(?:\\.(\\d+))?(?:\\.([a-zđ]))?");

    private CitationText() {
    }

    /** Every "TTnn Art. x.y.z" in the text written out in Vietnamese; anything else is kept. */
    public static String vi(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String circular = CIRCULARS.get(m.group(1));
            String written = circular == null ? m.group()
                    : "Điều " + m.group(2) + (m.group(3) == null ? "" : ", khoản " + m.group(3))
                    + (m.group(4) == null ? "" : ", điểm " + m.group(4)) + ", " + circular;
            m.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Several citations, each written out, joined by "; ". */
    public static String vi(List<String> citations) {
        return citations.stream().map(CitationText::vi).collect(Collectors.joining("; "));
    }
}
