package vn.khaothi.itembank.domain.itemtype;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/**
 * The limits every item content keeps, whatever way it came in (issue 11, findings 4 and 13): a
 * number that the database, the JSON reader or a browser cannot hold would make the item unreadable
 * ever after, and a 4 MB stem or 10,000 tags only make the bank slow for everyone. Each problem
 * names the limit, so that a teacher knows what to change. Documented in docs/security-inputs.md.
 */
public final class ContentLimits {

    /** Points are stored as DECIMAL(8,4). */
    public static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    public static final int POINT_DECIMALS = 4;
    /** Answers, tolerances, credits and weights: up to 12 digits before the decimal point and 10 after. */
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_DECIMALS = 10;
    /** Characters of one text (stem, option, feedback, …) as stored HTML: room for a few inline images. */
    public static final int MAX_TEXT_CHARS = 200_000;
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG_CHARS = 100;
    /** Options, statements, pairs, answers or gaps in one item. */
    public static final int MAX_PARTS = 100;

    private ContentLimits() {
    }

    /** Every limit the content breaks, in words; empty when it keeps them all. */
    public static List<String> problems(ItemContent c) {
        List<String> problems = new ArrayList<>();
        BigDecimal p = c.defaultPoints();
        if (integerDigits(p) > MAX_INTEGER_DIGITS || p.compareTo(MAX_POINTS) > 0) {
            problems.add("points must be at most " + MAX_POINTS.toPlainString());
        } else if (decimals(p) > POINT_DECIMALS) {
            problems.add("points have at most " + POINT_DECIMALS + " decimals");
        }
        text(problems, "the stem", c.stem());
        text(problems, "the general feedback", c.generalFeedback());
        if (c.tags().size() > MAX_TAGS) {
            problems.add("an item has at most " + MAX_TAGS + " tags, not " + c.tags().size());
        }
        if (c.tags().stream().anyMatch(t -> t.length() > MAX_TAG_CHARS)) {
            problems.add("a tag is at most " + MAX_TAG_CHARS + " characters");
        }
        if (c.name().length() > 1000) {
            problems.add("the name is at most 1000 characters");
        }
        body(problems, c.body());
        return problems;
    }

    private static void body(List<String> problems, ItemBody body) {
        if (body instanceof ChoiceBody b) {
            parts(problems, "options", b.options().size());
            b.options().forEach(o -> {
                text(problems, "option " + o.id(), o.text());
                text(problems, "the feedback of option " + o.id(), o.feedback());
                number(problems, "the credit of option " + o.id(), o.fraction());
            });
        } else if (body instanceof TrueFalseBody b) {
            text(problems, "the feedback", b.feedbackTrue());
            text(problems, "the feedback", b.feedbackFalse());
        } else if (body instanceof StatementsBody b) {
            parts(problems, "statements", b.statements().size());
            b.statements().forEach(s -> text(problems, "statement " + s.id(), s.text()));
        } else if (body instanceof NumericBody b) {
            parts(problems, "answers", b.answers().size());
            b.answers().forEach(a -> {
                number(problems, "the answer", a.value());
                number(problems, "the tolerance", a.tolerance());
                number(problems, "the credit of an answer", a.fraction());
                text(problems, "the feedback of an answer", a.feedback());
            });
        } else if (body instanceof TextAnswerBody b) {
            parts(problems, "answers", b.answers().size());
            b.answers().forEach(a -> {
                plain(problems, "an answer", a.text());
                number(problems, "the credit of an answer", a.fraction());
                text(problems, "the feedback of an answer", a.feedback());
            });
        } else if (body instanceof MatchingBody b) {
            parts(problems, "pairs", b.pairs().size());
            b.pairs().forEach(m -> {
                text(problems, "pair " + m.id(), m.left());
                plain(problems, "pair " + m.id(), m.right());
                number(problems, "the weight of pair " + m.id(), m.weight());
            });
        } else if (body instanceof OrderingBody b) {
            parts(problems, "steps", b.sequence().size());
            b.sequence().forEach(o -> text(problems, "step " + o.id(), o.text()));
        } else if (body instanceof ClozeBody b) {
            parts(problems, "gaps", b.gaps().size());
            b.gaps().forEach(g -> {
                number(problems, "the weight of gap " + g.id(), g.weight());
                parts(problems, "answers in gap " + g.id(), g.answers().size());
                g.answers().forEach(a -> {
                    plain(problems, "an answer in gap " + g.id(), a.text());
                    number(problems, "a tolerance in gap " + g.id(), a.tolerance());
                    number(problems, "a credit in gap " + g.id(), a.fraction());
                    text(problems, "a feedback in gap " + g.id(), a.feedback());
                });
            });
        } else if (body instanceof EssayBody b) {
            text(problems, "the guidance", b.guidance());
            text(problems, "the response template", b.responseTemplate());
        }
    }

    private static void parts(List<String> problems, String what, int count) {
        if (count > MAX_PARTS) {
            problems.add("an item has at most " + MAX_PARTS + " " + what + ", not " + count);
        }
    }

    /** A picture's base64 counts as one character: pictures have their own limit (2 MB each, checked by content). */
    private static final java.util.regex.Pattern PICTURE = java.util.regex.Pattern.compile("data:image/[a-z+.-]+;base64,[A-Za-z0-9+/=\\s]{1,2800000}");

    private static void text(List<String> problems, String what, RichText text) {
        String html = text.html();
        if (html.length() > MAX_TEXT_CHARS && html.contains("data:image/")) {
            java.util.regex.Matcher m = PICTURE.matcher(html);
            StringBuilder rest = new StringBuilder();
            int last = 0;
            while (m.find()) {
                rest.append(html, last, m.start()).append('p');
                last = m.end();
            }
            html = rest.append(html.substring(last)).toString();
        }
        plain(problems, what, html);
    }

    private static void plain(List<String> problems, String what, String text) {
        if (text != null && text.length() > MAX_TEXT_CHARS) {
            problems.add(what + " is longer than " + String.format("%,d", MAX_TEXT_CHARS) + " characters");
        }
    }

    private static void number(List<String> problems, String what, BigDecimal n) {
        if (n == null) {
            return;
        }
        if (integerDigits(n) > MAX_INTEGER_DIGITS) {
            problems.add(what + " is too large (at most " + MAX_INTEGER_DIGITS + " digits before the decimal point)");
        } else if (decimals(n) > MAX_DECIMALS) {
            problems.add(what + " has too many decimals (at most " + MAX_DECIMALS + ")");
        }
    }

    /** Digits before the decimal point, from precision and scale alone (1e99999 is never expanded). */
    private static long integerDigits(BigDecimal n) {
        return n.signum() == 0 ? 0 : (long) n.precision() - n.scale();
    }

    private static long decimals(BigDecimal n) {
        return n.signum() == 0 ? 0 : Math.max(0, n.stripTrailingZeros().scale());
    }
}
