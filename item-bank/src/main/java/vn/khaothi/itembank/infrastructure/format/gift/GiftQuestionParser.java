package vn.khaothi.itembank.infrastructure.format.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Fractions;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/**
 * Reads one GIFT question (the lines between blank lines) the way Moodle's
 * {@code qformat_gift::readquestion} does: comment lines give idnumber and tags; {@code ::name::};
 * a {@code [html|moodle|plain|markdown]} prefix; the answer block in braces decides the type
 * ({@code {}} essay, {@code {#…}} numerical, {@code ~} multichoice — single when some answer uses
 * {@code =} —, {@code =…->…} matching, {@code T/F/TRUE/FALSE} true/false, otherwise short answer);
 * text after the block makes it a missing-word question ({@code _____}).
 */
final class GiftQuestionParser {

    /** What a block turned out to be. Exactly one field is set (or none for a comment-only block). */
    record Parsed(ItemContent content, String category, String description, String problem) {
    }

    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]+(?:[.,][0-9]*)?)%");
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)\\]");

    private GiftQuestionParser() {
    }

    static Parsed parse(List<String> lines) {
        StringBuilder comments = new StringBuilder();
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (line.stripLeading().startsWith("//")) {
                comments.append(line).append('\n');
            } else {
                body.add(line);
            }
        }
        String text = GiftEscapes.protect(String.join("\n", body).strip());
        if (text.isEmpty()) {
            return new Parsed(null, null, null, null);
        }
        if (text.startsWith("$CATEGORY:")) {
            return new Parsed(null, GiftEscapes.restore(text.substring("$CATEGORY:".length()).strip()), null, null);
        }
        String name = "";
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                return problem("the question name starting with :: has no closing ::");
            }
            name = GiftEscapes.restore(text.substring(2, end).strip());
            text = text.substring(end + 2).strip();
        }
        int open = text.indexOf('{');
        if (open < 0) {
            return new Parsed(null, null, GiftEscapes.restore(text), null);
        }
        int close = text.indexOf('}', open);
        if (close < 0) {
            return problem("the answer block opened with { has no closing }");
        }
        String answers = text.substring(open + 1, close).strip();
        String stemText = text.endsWith("}") && close == text.length() - 1
                ? text.substring(0, open) : text.substring(0, open) + "_____" + text.substring(close + 1);
        stemText = stemText.strip();
        String format = "moodle";
        Matcher f = FORMAT.matcher(stemText);
        if (f.find()) {
            format = f.group(1);
            stemText = stemText.substring(f.end());
        }
        String generalFeedback = "";
        int gf = answers.indexOf("####");
        if (gf >= 0) {
            generalFeedback = answers.substring(gf + 4).strip();
            answers = answers.substring(0, gf).strip();
        }
        GiftComments meta = GiftComments.parse(comments.toString());
        try {
            ItemContent content = build(answers, format, text(stemText, format));
            content = content.withName(name).withIdnumber(meta.idnumber()).withTags(meta.tags())
                    .withGeneralFeedback(text(generalFeedback, format));
            if (meta.points() != null && meta.points().signum() > 0) {
                content = content.withPoints(meta.points());
            }
            if (content.type() == ItemTypeCode.ESSAY && (!meta.guidance().isEmpty() || !meta.template().isEmpty())) {
                content = new ItemContent(content.type(), content.name(), content.stem(), content.generalFeedback(),
                        content.defaultPoints(), content.tags(), content.source(), content.author(), content.idnumber(),
                        new EssayBody(RichText.html(meta.guidance()), RichText.html(meta.template())));
            }
            return new Parsed(content, null, null, null);
        } catch (GiftSyntaxException e) {
            return problem(e.getMessage());
        }
    }

    private static Parsed problem(String message) {
        return new Parsed(null, null, null, message);
    }

    private static ItemContent build(String answers, String format, RichText stem) {
        ItemTypeCode type;
        ItemBody body;
        if (answers.isEmpty()) {
            type = ItemTypeCode.ESSAY;
            body = new EssayBody(RichText.EMPTY, RichText.EMPTY);
        } else if (answers.charAt(0) == '#') {
            type = ItemTypeCode.SHORT_NUMERIC;
            body = numeric(answers.substring(1), format);
        } else if (answers.indexOf('~') >= 0) {
            boolean single = answers.indexOf('=') >= 0;
            type = single ? ItemTypeCode.SINGLE_CHOICE : ItemTypeCode.MULTIPLE_RESPONSE;
            body = choices(answers, format);
        } else if (answers.indexOf('=') >= 0 && answers.contains("->")) {
            type = ItemTypeCode.MATCHING;
            body = matching(answers, format);
        } else {
            String head = answers.indexOf('#') > 0 ? answers.substring(0, answers.indexOf('#')).strip() : answers;
            if (Arrays.asList("T", "TRUE", "F", "FALSE").contains(head)) {
                type = ItemTypeCode.TRUE_FALSE;
                body = trueFalse(answers, format);
            } else {
                type = ItemTypeCode.SHORT_TEXT;
                body = shortAnswers(answers, format);
            }
        }
        return ItemContent.of(type, stem, body);
    }

    private static ChoiceBody choices(String answers, String format) {
        List<String> parts = split(answers.replace("=", "~="), '~');
        List<Choice> options = new ArrayList<>();
        for (String part : parts) {
            BigDecimal fraction = BigDecimal.ZERO;
            String answer = part;
            if (answer.startsWith("=")) {
                fraction = BigDecimal.ONE;
                answer = answer.substring(1).strip();
            }
            Weighted w = weight(answer, fraction);
            String[] textAndFeedback = feedback(w.rest());
            options.add(new Choice(PositionalId.of(options.size()), text(textAndFeedback[0], format), w.fraction(),
                    text(textAndFeedback[1], format), false));
        }
        return new ChoiceBody(options);
    }

    private static TextAnswerBody shortAnswers(String answers, String format) {
        List<TextAnswer> out = new ArrayList<>();
        for (String part : split(answers, '=')) {
            Weighted w = weight(part, BigDecimal.ONE);
            String[] textAndFeedback = feedback(w.rest());
            out.add(new TextAnswer(plain(textAndFeedback[0]), w.fraction(), text(textAndFeedback[1], format)));
        }
        return new TextAnswerBody(out, false);
    }

    private static MatchingBody matching(String answers, String format) {
        List<MatchPair> pairs = new ArrayList<>();
        for (String part : split(answers, '=')) {
            int arrow = part.indexOf("->");
            if (arrow < 0) {
                throw new GiftSyntaxException("matching pair \"" + GiftEscapes.restore(part) + "\" has no ->");
            }
            pairs.add(new MatchPair(PositionalId.of(pairs.size()), text(part.substring(0, arrow).strip(), format),
                    plain(part.substring(arrow + 2).strip()), BigDecimal.ONE));
        }
        return new MatchingBody(pairs);
    }

    private static TrueFalseBody trueFalse(String answers, String format) {
        String[] parts = answers.split("#", -1);
        boolean answer = parts[0].strip().startsWith("T");
        RichText wrong = parts.length > 1 ? text(parts[1].strip(), format) : RichText.EMPTY;
        RichText right = parts.length > 2 ? text(parts[2].strip(), format) : RichText.EMPTY;
        // GIFT writes {ANSWER#feedback for the wrong choice#feedback for the right choice}.
        return answer ? new TrueFalseBody(true, right, wrong) : new TrueFalseBody(false, wrong, right);
    }

    private static NumericBody numeric(String answers, String format) {
        String wrongFeedback = null;
        int tilde = answers.indexOf('~');
        if (tilde >= 0) {
            wrongFeedback = answers.substring(tilde + 1).strip();
            answers = answers.substring(0, tilde);
        }
        List<NumericAnswer> out = new ArrayList<>();
        for (String part : split(answers, '=')) {
            Weighted w = weight(part, BigDecimal.ONE);
            String[] valueAndFeedback = feedback(w.rest());
            String value = GiftEscapes.restore(valueAndFeedback[0]).strip();
            BigDecimal number;
            BigDecimal tolerance = BigDecimal.ZERO;
            try {
                if (value.equals("*")) {
                    number = null;
                } else if (value.indexOf("..") > 0) {
                    BigDecimal min = new BigDecimal(value.substring(0, value.indexOf("..")).strip());
                    BigDecimal max = new BigDecimal(value.substring(value.indexOf("..") + 2).strip());
                    number = min.add(max).divide(BigDecimal.valueOf(2));
                    tolerance = max.subtract(number);
                } else if (value.indexOf(':') > 0) {
                    number = new BigDecimal(value.substring(0, value.indexOf(':')).strip());
                    tolerance = new BigDecimal(value.substring(value.indexOf(':') + 1).strip());
                } else {
                    number = new BigDecimal(value);
                }
            } catch (NumberFormatException e) {
                throw new GiftSyntaxException("numerical answer \"" + value + "\" is not a number, a number:tolerance or a min..max range");
            }
            out.add(new NumericAnswer(number, tolerance, w.fraction(), text(valueAndFeedback[1], format)));
        }
        if (wrongFeedback != null) {
            String fb = wrongFeedback.startsWith("#") ? wrongFeedback.substring(1).strip() : wrongFeedback;
            out.add(new NumericAnswer(null, BigDecimal.ZERO, BigDecimal.ZERO, text(fb, format)));
        }
        return new NumericBody(out);
    }

    private record Weighted(BigDecimal fraction, String rest) {
    }

    private static Weighted weight(String answer, BigDecimal fallback) {
        Matcher m = WEIGHT.matcher(answer);
        if (!m.find()) {
            return new Weighted(fallback, answer);
        }
        BigDecimal percent = new BigDecimal(m.group(1).replace(',', '.'));
        return new Weighted(Fractions.fromPercent(percent), answer.substring(m.end()));
    }

    /** Splits "answer # feedback" at the first #, both trimmed. */
    private static String[] feedback(String answer) {
        int hash = answer.indexOf('#');
        return hash < 0 ? new String[] {answer.strip(), ""}
                : new String[] {answer.substring(0, hash).strip(), answer.substring(hash + 1).strip()};
    }

    /** Moodle's explode-and-drop-leading-empty: the parts after each separator, trimmed. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.split(Pattern.quote(String.valueOf(separator)), -1)));
        if (!parts.isEmpty() && parts.get(0).isBlank()) {
            parts.remove(0);
        }
        return parts.stream().map(String::strip).toList();
    }

    /** Text in a Moodle text format, as sanitised HTML. Plain and Markdown text are escaped. */
    private static RichText text(String raw, String format) {
        String own = raw;
        String fmt = format;
        Matcher f = FORMAT.matcher(own);
        if (f.find()) {
            fmt = f.group(1);
            own = own.substring(f.end());
        }
        String restored = GiftEscapes.restore(own.strip());
        return fmt.equals("plain") || fmt.equals("markdown") ? RichText.plain(restored) : RichText.html(restored);
    }

    private static String plain(String raw) {
        return GiftEscapes.restore(raw).strip();
    }

    /** A syntax error inside an answer block; becomes a problem at the question's line. */
    static final class GiftSyntaxException extends RuntimeException {
        GiftSyntaxException(String message) {
            super(message);
        }
    }
}
