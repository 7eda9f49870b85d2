package vn.khaothi.itembank.infrastructure.format.moodlexml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khaothi.itembank.domain.item.Fractions;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * Moodle's embedded-answers (Cloze) syntax: {@code {weight:TYPE:=right#feedback~wrong#feedback}}
 * inside the question text. Each one becomes a {@link Gap} and is replaced by {@code {#n}}, the
 * same marker Moodle uses. Multi-response gaps have no counterpart in our model.
 */
final class ClozeSyntax {

    private static final Pattern EMBEDDED = Pattern.compile("\\{(\\d*):([A-Za-z_]+)(?::((?:\\\\.|[^}\\\\])*))?\\}");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]+(?:\\.[0-9]*)?)%");

    record Parsed(String text, List<Gap> gaps, List<String> problems, String unsupported) {
    }

    private ClozeSyntax() {
    }

    static Parsed parse(String html) {
        Matcher m = EMBEDDED.matcher(html);
        StringBuilder text = new StringBuilder();
        List<Gap> gaps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String id = String.valueOf(gaps.size() + 1);
            BigDecimal weight = m.group(1).isEmpty() ? BigDecimal.ONE : new BigDecimal(m.group(1));
            String type = m.group(2).toUpperCase(Locale.ROOT);
            GapKind kind;
            boolean caseSensitive = false;
            if (type.startsWith("MULTICHOICE") || type.matches("MC[HVS]*")) {
                kind = GapKind.CHOICE;
            } else if (type.startsWith("MULTIRESPONSE") || type.matches("MR[HS]*")) {
                return new Parsed(html, List.of(), List.of(), "multi-response gaps ({" + m.group(1) + ":" + type + ":…})");
            } else if (type.matches("SHORTANSWER_C|SAC|MWC")) {
                kind = GapKind.TEXT;
                caseSensitive = true;
            } else if (type.matches("SHORTANSWER|SA|MW")) {
                kind = GapKind.TEXT;
            } else if (type.matches("NUMERICAL|NM")) {
                kind = GapKind.NUMERIC;
            } else {
                problems.add("gap " + id + ": unknown embedded answer type " + type);
                continue;
            }
            List<GapAnswer> answers = answers(m.group(3) == null ? "" : m.group(3), kind, id, problems);
            if (kind == GapKind.CHOICE && answers.size() < 2) {
                problems.add("gap " + id + ": a multiple-choice gap needs at least 2 choices");
            }
            if (!answers.isEmpty() && answers.stream().noneMatch(a -> a.fraction().compareTo(BigDecimal.ONE) == 0)) {
                problems.add("gap " + id + ": one of the answers must score 100 %");
            }
            text.append(html, last, m.start()).append("{#").append(id).append('}');
            last = m.end();
            gaps.add(new Gap(id, kind, weight, answers, caseSensitive));
        }
        text.append(html.substring(last));
        if (gaps.isEmpty() && problems.isEmpty()) {
            problems.add("the question text must include at least one embedded answer such as {1:SHORTANSWER:=answer}");
        }
        return new Parsed(text.toString(), gaps, problems, null);
    }

    private static List<GapAnswer> answers(String spec, GapKind kind, String gapId, List<String> problems) {
        List<GapAnswer> out = new ArrayList<>();
        if (spec.isBlank()) {
            return out;
        }
        for (String raw : splitUnescaped(spec, '~')) {
            String a = raw;
            BigDecimal fraction = BigDecimal.ZERO;
            if (a.startsWith("=")) {
                fraction = BigDecimal.ONE;
                a = a.substring(1);
            } else {
                Matcher w = WEIGHT.matcher(a);
                if (w.find()) {
                    fraction = Fractions.fromPercent(new BigDecimal(w.group(1)));
                    a = a.substring(w.end());
                }
            }
            List<String> parts = splitUnescaped(a, '#');
            String value = unescape(parts.get(0)).strip();
            String feedback = parts.size() > 1 ? unescape(String.join("#", parts.subList(1, parts.size()))).strip() : "";
            BigDecimal tolerance = BigDecimal.ZERO;
            if (kind == GapKind.NUMERIC && !value.equals("*")) {
                int colon = value.indexOf(':');
                String number = colon > 0 ? value.substring(0, colon) : value;
                try {
                    new BigDecimal(number.strip());
                    if (colon > 0) {
                        tolerance = new BigDecimal(value.substring(colon + 1).strip());
                    }
                    value = number.strip();
                } catch (NumberFormatException e) {
                    problems.add("gap " + gapId + ": the answer \"" + value + "\" must be a number or *");
                }
            }
            out.add(new GapAnswer(PositionalId.of(out.size()), value, tolerance, fraction, RichText.html(feedback)));
        }
        return out;
    }

    private static List<String> splitUnescaped(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                current.append(c).append(s.charAt(++i));
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\([~#}{/\"\\\\])", "$1");
    }

    /** The embedded-answer text of a gap, for writing Moodle XML. */
    static String write(Gap gap) {
        String type = switch (gap.kind()) {
            case CHOICE -> "MULTICHOICE";
            case NUMERIC -> "NUMERICAL";
            case TEXT -> gap.caseSensitive() ? "SHORTANSWER_C" : "SHORTANSWER";
        };
        StringBuilder out = new StringBuilder("{").append(gap.weight().toPlainString()).append(':').append(type).append(':');
        for (int i = 0; i < gap.answers().size(); i++) {
            GapAnswer a = gap.answers().get(i);
            if (i > 0) {
                out.append('~');
            }
            out.append(a.fraction().compareTo(BigDecimal.ONE) == 0 ? "="
                    : "%" + Fractions.toPercent(a.fraction()).toPlainString() + "%");
            out.append(escape(a.text()));
            if (gap.kind() == GapKind.NUMERIC && a.tolerance().signum() != 0) {
                out.append(':').append(a.tolerance().toPlainString());
            }
            if (!a.feedback().isEmpty()) {
                out.append('#').append(escape(a.feedback().html()));
            }
        }
        return out.append('}').toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("~", "\\~").replace("#", "\\#").replace("}", "\\}");
    }
}
