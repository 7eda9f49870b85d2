package vn.khaothi.itembank.infrastructure.format.moodlexml;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.child;
import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.childText;
import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Fractions;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/**
 * One Moodle {@code <question type="…">} as our content. Moodle types map as: multichoice →
 * SINGLE_CHOICE or MULTIPLE_RESPONSE by {@code <single>}; truefalse → TRUE_FALSE; shortanswer →
 * SHORT_TEXT; numerical → SHORT_NUMERIC; matching → MATCHING; ordering → ORDERING; essay → ESSAY;
 * cloze → CLOZE.
 * Moodle-only settings (penalty, hints, combined feedback, answer numbering, shuffling) have no
 * place in the content and are dropped; shuffling is decided per paper.
 */
final class MoodleQuestionMapper {

    /** A content, or problems, or a reason it cannot be represented (then it is skipped with a warning). */
    record Mapped(ItemContent content, List<String> problems, String unsupported, List<String> lostFiles, List<String> notes) {

        Mapped(ItemContent content, List<String> problems, String unsupported, List<String> lostFiles) {
            this(content, problems, unsupported, lostFiles, List.of());
        }
    }

    private MoodleQuestionMapper() {
    }

    static Mapped map(Element q, String type) {
        List<String> problems = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Element questionText = child(q, "questiontext");
        String format = MoodleText.format(questionText, "moodle_auto_format");
        String name = childText(child(q, "name") == null ? q : child(q, "name"), "text").strip();
        String rawStem = MoodleText.raw(questionText, format, lost).strip();
        rawStem = rawStem + legacyImage(q);
        ItemTypeCode code;
        ItemBody body;
        switch (type) {
            case "multichoice" -> {
                boolean single = flag(childText(q, "single"), true);
                code = single ? ItemTypeCode.SINGLE_CHOICE : ItemTypeCode.MULTIPLE_RESPONSE;
                List<Choice> options = new ArrayList<>();
                for (Element a : children(q, "answer")) {
                    options.add(new Choice(PositionalId.of(options.size()), MoodleText.rich(a, format, lost),
                            fraction(a, problems), MoodleText.rich(child(a, "feedback"), format, lost), false));
                }
                body = new ChoiceBody(options);
            }
            case "truefalse" -> {
                code = ItemTypeCode.TRUE_FALSE;
                Boolean answer = null;
                RichText feedbackTrue = RichText.EMPTY;
                RichText feedbackFalse = RichText.EMPTY;
                for (Element a : children(q, "answer")) {
                    boolean isTrue = childText(a, "text").strip().equalsIgnoreCase("true");
                    RichText feedback = MoodleText.rich(child(a, "feedback"), format, lost);
                    if (isTrue) {
                        feedbackTrue = feedback;
                    } else {
                        feedbackFalse = feedback;
                    }
                    if (fraction(a, problems).compareTo(BigDecimal.ONE) == 0) {
                        answer = isTrue;
                    }
                }
                if (answer == null) {
                    problems.add("neither true nor false has the fraction 100");
                    answer = true;
                }
                body = new TrueFalseBody(answer, feedbackTrue, feedbackFalse);
            }
            case "shortanswer" -> {
                code = ItemTypeCode.SHORT_TEXT;
                List<TextAnswer> answers = new ArrayList<>();
                for (Element a : children(q, "answer")) {
                    answers.add(new TextAnswer(childText(a, "text").strip(), fraction(a, problems),
                            MoodleText.rich(child(a, "feedback"), format, lost)));
                }
                body = new TextAnswerBody(answers, flag(childText(q, "usecase"), false));
            }
            case "numerical" -> {
                code = ItemTypeCode.SHORT_NUMERIC;
                List<NumericAnswer> answers = new ArrayList<>();
                for (Element a : children(q, "answer")) {
                    String value = childText(a, "text").strip();
                    String tolerance = childText(a, "tolerance").strip();
                    try {
                        answers.add(new NumericAnswer(value.equals("*") ? null : new BigDecimal(value),
                                tolerance.isEmpty() ? BigDecimal.ZERO : new BigDecimal(tolerance), fraction(a, problems),
                                MoodleText.rich(child(a, "feedback"), format, lost)));
                    } catch (NumberFormatException e) {
                        problems.add("numerical answer \"" + value + "\" (tolerance \"" + tolerance + "\") is not a number");
                    }
                }
                body = new NumericBody(answers);
                units(q, notes);
            }
            case "matching" -> {
                code = ItemTypeCode.MATCHING;
                List<MatchPair> pairs = new ArrayList<>();
                for (Element s : children(q, "subquestion")) {
                    pairs.add(new MatchPair(PositionalId.of(pairs.size()), MoodleText.rich(s, format, lost),
                            childText(child(s, "answer") == null ? s : child(s, "answer"), "text").strip(), BigDecimal.ONE));
                }
                body = new MatchingBody(pairs);
            }
            case "ordering" -> {
                // qtype_ordering (core since Moodle 4.4) numbers the answers 1, 2, 3 … in the correct order.
                code = ItemTypeCode.ORDERING;
                List<Element> answers = new ArrayList<>(children(q, "answer"));
                answers.sort(java.util.Comparator.comparing(a -> orderingPosition(a, problems)));
                body = OrderingBody.of(answers.stream().map(a -> MoodleText.rich(a, format, lost)).toList());
            }
            case "essay" -> {
                code = ItemTypeCode.ESSAY;
                body = new EssayBody(MoodleText.rich(child(q, "graderinfo"), format, lost),
                        MoodleText.rich(child(q, "responsetemplate"), format, lost));
            }
            case "cloze" -> {
                code = ItemTypeCode.CLOZE;
                ClozeSyntax.Parsed cloze = ClozeSyntax.parse(rawStem);
                if (cloze.unsupported() != null) {
                    return new Mapped(null, List.of(), cloze.unsupported(), lost);
                }
                cloze.problems().forEach(p -> problems.add("invalid embedded answers (Cloze) question: " + p));
                rawStem = cloze.text();
                body = new ClozeBody(cloze.gaps());
            }
            default -> {
                return new Mapped(null, List.of(), "Moodle question type \"" + type + "\"", lost);
            }
        }
        BigDecimal points = defaultGrade(q, body);
        ItemContent content = new ItemContent(code, name, MoodleText.convert(rawStem, format),
                MoodleText.rich(child(q, "generalfeedback"), format, lost), points, tags(q), "", "",
                childText(q, "idnumber").strip(), body);
        return new Mapped(content, problems, null, lost, notes);
    }

    /** Moodle numerical units: our numeric answers are bare numbers, so the units are named in a warning. */
    private static void units(Element q, List<String> notes) {
        Element units = child(q, "units");
        if (units == null) {
            return;
        }
        List<String> names = children(units, "unit").stream().map(u -> childText(u, "unit_name").strip() + " (×"
                + childText(u, "multiplier").strip() + ")").toList();
        if (!names.isEmpty()) {
            notes.add("units " + names + " are not kept: the answer is the number in the first unit; "
                    + "write the unit into the question text");
        }
    }

    private static BigDecimal defaultGrade(Element q, ItemBody body) {
        String grade = childText(q, "defaultgrade").strip();
        if (!grade.isEmpty()) {
            return new BigDecimal(grade);
        }
        if (body instanceof ClozeBody cloze) {
            // Moodle: a cloze question is worth the sum of its gaps' weights.
            return cloze.gaps().stream().map(Gap::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return BigDecimal.ONE;
    }

    private static BigDecimal fraction(Element answer, List<String> problems) {
        String raw = answer.getAttribute("fraction").strip();
        BigDecimal fraction = raw.isEmpty() ? BigDecimal.ZERO : Fractions.fromPercent(new BigDecimal(raw));
        if (!MoodleGrades.allowed(fraction)) {
            problems.add("grades (" + fraction.stripTrailingZeros().toPlainString() + ") do not match Moodle's grade options");
        }
        return fraction;
    }

    private static BigDecimal orderingPosition(Element answer, List<String> problems) {
        try {
            return new BigDecimal(answer.getAttribute("fraction").strip());
        } catch (NumberFormatException e) {
            problems.add("ordering answer \"" + childText(answer, "text").strip() + "\" has no numeric position (fraction)");
            return BigDecimal.ZERO;
        }
    }

    private static List<String> tags(Element q) {
        Element tags = child(q, "tags");
        if (tags == null) {
            return List.of();
        }
        return children(tags, "tag").stream().map(t -> childText(t, "text").strip()).filter(t -> !t.isEmpty()).toList();
    }

    /** Moodle 1.9's {@code <image>} + {@code <image_base64>}: appended to the text as an {@code <img>}. */
    private static String legacyImage(Element q) {
        String name = childText(q, "image").strip();
        String data = childText(q, "image_base64").replaceAll("\\s+", "");
        String mime = MoodleText.imageType(name);
        if (name.isEmpty() || data.isEmpty() || mime == null) {
            return "";
        }
        return "<img src=\"data:" + mime + ";base64," + data + "\" alt=\"" + name.replace("\"", "") + "\">";
    }

    static boolean flag(String value, boolean fallback) {
        String v = value.strip();
        if (v.isEmpty()) {
            return fallback;
        }
        return v.equals("1") || v.equalsIgnoreCase("true");
    }
}
