package vn.khaothi.itembank.infrastructure.format.qti21;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.child;
import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.w3c.dom.Element;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Fractions;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.Option;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/**
 * One QTI 2.1 {@code assessmentItem} as our content. Interactions map as: choice → SINGLE_CHOICE
 * (maxChoices 1; choices "true"/"false" → TRUE_FALSE) or MULTIPLE_RESPONSE; order → ORDERING;
 * match → MATCHING; extendedText → ESSAY; a single textEntry → SHORT_TEXT or SHORT_NUMERIC; several
 * textEntry, inlineChoice or gapMatch → CLOZE. Credit comes from {@code correctResponse} and
 * {@code mapping} ({@link QtiCredit}); custom response processing is not executed, and the reader says so. Graphic,
 * hottext, associate, slider, upload, drawing and templated (randomised) items cannot be
 * represented: they are skipped with a warning.
 */
final class QtiItemMapper {

    /** A content, or why it cannot be represented and the element that says so. */
    record Mapped(ItemContent content, List<String> warnings, String unsupported, Element where) {
    }

    private static final Set<String> BLOCK = Set.of("choiceInteraction", "orderInteraction", "matchInteraction",
            "extendedTextInteraction", "gapMatchInteraction");
    private static final Set<String> INLINE = Set.of("textEntryInteraction", "inlineChoiceInteraction");
    /** The tool name our writer puts on each item: its {@code label} is then the item's idnumber. */
    static final String TOOL_NAME = "Khảo Thí";
    /** The outcome our writer's general feedback hangs on (never set, so the feedback always shows). */
    static final String GENERAL_FEEDBACK = "GENERALFEEDBACK";

    private final Element item;
    private final Map<String, QtiDeclaration> declarations = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Element> endAttempt = new ArrayList<>();
    private final QtiCredit credit;

    private QtiItemMapper(Element item) {
        this.item = item;
        this.credit = new QtiCredit(item);
        children(item, "responseDeclaration").forEach(d -> declarations.put(d.getAttribute("identifier"), QtiDeclaration.of(d)));
    }

    static Mapped map(Element item) {
        return new QtiItemMapper(item).map();
    }

    private Mapped map() {
        if (child(item, "templateProcessing") != null || child(item, "templateDeclaration") != null) {
            Element t = child(item, "templateDeclaration") != null ? child(item, "templateDeclaration") : child(item, "templateProcessing");
            return unsupported("a templated (randomised) item", t);
        }
        Element body = child(item, "itemBody");
        if (body == null) {
            return unsupported("an item without itemBody", item);
        }
        List<Element> interactions = new ArrayList<>();
        collectInteractions(body, interactions);
        List<Element> hints = interactions.stream().filter(i -> i.getLocalName().equals("endAttemptInteraction")).toList();
        if (!hints.isEmpty()) {
            // A hint or "end attempt" button ends the attempt early; the question itself does not need it.
            warnings.add("the button " + hints.stream().map(h -> "\"" + h.getAttribute("title") + "\"").toList()
                    + " (endAttemptInteraction) is not kept");
            interactions.removeAll(hints);
            endAttempt.addAll(hints);
        }
        if (interactions.isEmpty()) {
            return unsupported("an item without interactions", body);
        }
        for (Element i : interactions) {
            if (!BLOCK.contains(i.getLocalName()) && !INLINE.contains(i.getLocalName())) {
                return unsupported("a " + i.getLocalName(), i);
            }
        }
        Element processing = child(item, "responseProcessing");
        if (processing != null && !processing.hasAttribute("template") && processing.hasChildNodes()) {
            warnings.add("custom responseProcessing is not executed; credit is taken from correctResponse and mapping");
        }
        ItemContent content;
        if (interactions.size() == 1 && BLOCK.contains(interactions.get(0).getLocalName())
                && !interactions.get(0).getLocalName().equals("gapMatchInteraction")) {
            content = block(body, interactions.get(0));
        } else if (interactions.stream().allMatch(i -> INLINE.contains(i.getLocalName())
                || i.getLocalName().equals("gapMatchInteraction"))) {
            content = inline(body, interactions);
        } else {
            Element second = interactions.get(1);
            return unsupported("an item with several interactions (" + interactions.stream().map(Element::getLocalName).toList()
                    + "; one question of ours holds one block interaction or inline gaps only)", second);
        }
        String title = item.getAttribute("title");
        boolean ours = TOOL_NAME.equals(item.getAttribute("toolName"));
        String idnumber = ours ? item.getAttribute("label") : item.getAttribute("identifier");
        content = content.withName(title).withIdnumber(idnumber).withPoints(credit.points(content, declarations.values()));
        RichText general = generalFeedback();
        if (!general.isEmpty()) {
            content = content.withGeneralFeedback(general);
        }
        return new Mapped(content, warnings, null, null);
    }

    private Mapped unsupported(String what, Element where) {
        return new Mapped(null, warnings, what + " cannot be represented", where);
    }

    /** Our writer's general feedback: a modalFeedback on {@link #GENERAL_FEEDBACK}. */
    private RichText generalFeedback() {
        for (Element f : children(item, "modalFeedback")) {
            if (GENERAL_FEEDBACK.equals(f.getAttribute("outcomeIdentifier"))) {
                return RichText.html(QtiBody.html(f, e -> null));
            }
        }
        return RichText.EMPTY;
    }

    /** The body as HTML, with our exporter's stem wrapper unwrapped and {@code special} elements replaced. */
    private String bodyHtml(Element parent, Function<Element, String> special) {
        return QtiBody.html(parent, e -> "div".equals(e.getLocalName()) && QtiItemXml.STEM_CLASS.equals(e.getAttribute("class"))
                ? bodyHtml(e, special) : endAttempt.contains(e) ? "" : special.apply(e));
    }

    private static void collectInteractions(Element e, List<Element> out) {
        for (Element c : children(e, null)) {
            if (c.getLocalName().endsWith("Interaction")) {
                out.add(c);
            } else {
                collectInteractions(c, out);
            }
        }
    }

    private ItemContent block(Element body, Element interaction) {
        String kind = interaction.getLocalName();
        String stem = bodyHtml(body, e -> {
            if (e == interaction) {
                Element prompt = child(e, "prompt");
                return prompt == null ? "" : "<p>" + QtiBody.html(prompt, x -> null) + "</p>";
            }
            return e.getLocalName().equals("rubricBlock") ? "" : null;
        });
        QtiDeclaration d = declarations.get(interaction.getAttribute("responseIdentifier"));
        RichText stemText = RichText.html(stem);
        return switch (kind) {
            case "choiceInteraction" -> choice(interaction, d, stemText);
            case "orderInteraction" -> {
                Map<String, RichText> texts = choiceTexts(interaction, "simpleChoice");
                if (d == null || d.correct().size() != texts.size()) {
                    throw new QtiProblem("orderInteraction needs a correctResponse naming every choice", interaction);
                }
                warnings.add("ordering is scored per correct position, not all-or-nothing");
                yield ItemContent.of(ItemTypeCode.ORDERING, stemText,
                        new OrderingBody(d.correct().stream().map(id -> new Option(id, texts.get(id))).toList()));
            }
            case "matchInteraction" -> match(interaction, d, stemText);
            case "extendedTextInteraction" -> ItemContent.of(ItemTypeCode.ESSAY, stemText, new EssayBody(RichText.EMPTY, RichText.EMPTY));
            default -> throw new IllegalStateException(kind);
        };
    }

    private ItemContent choice(Element interaction, QtiDeclaration d, RichText stem) {
        Map<String, Element> choices = new LinkedHashMap<>();
        children(interaction, "simpleChoice").forEach(c -> choices.put(c.getAttribute("identifier"), c));
        if (d == null) {
            throw new QtiProblem("no responseDeclaration for " + interaction.getAttribute("responseIdentifier"), interaction);
        }
        boolean single = "1".equals(interaction.getAttribute("maxChoices")) || d.cardinality().equals("single");
        if (single && choices.keySet().equals(Set.of("true", "false")) && d.correct().size() == 1) {
            return ItemContent.of(ItemTypeCode.TRUE_FALSE, stem, new TrueFalseBody(d.correct().get(0).equals("true"),
                    feedbackOf(choices.get("true")), feedbackOf(choices.get("false"))));
        }
        List<Choice> options = new ArrayList<>();
        boolean mapped = credit.scoresByMapping(d);
        BigDecimal max = mapped ? d.mappingMaximum() : BigDecimal.ONE;
        long correctCount = d.correct().size();
        if (!mapped && correctCount == 0) {
            throw new QtiProblem("the choiceInteraction has no correctResponse" + (d.hasMapping()
                    ? " and is scored by match_correct, so no option earns credit" : ""), interaction);
        }
        for (Map.Entry<String, Element> c : choices.entrySet()) {
            BigDecimal fraction;
            if (single && mapped) {
                // map_response on a single choice: each option earns its mapped share of the best one.
                BigDecimal best = d.mapping().stream().map(QtiDeclaration.MapEntry::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
                fraction = best.signum() <= 0 ? BigDecimal.ZERO : d.mapped(c.getKey()).orElse(d.defaultValue())
                        .divide(best, 7, RoundingMode.HALF_UP).max(BigDecimal.ONE.negate()).min(BigDecimal.ONE);
            } else if (single) {
                fraction = d.correct().contains(c.getKey()) ? BigDecimal.ONE : BigDecimal.ZERO;
            } else if (mapped && max.signum() > 0) {
                fraction = d.mapped(c.getKey()).orElse(d.defaultValue()).divide(max, 7, RoundingMode.HALF_UP)
                        .max(BigDecimal.ONE.negate()).min(BigDecimal.ONE);
            } else {
                fraction = d.correct().contains(c.getKey())
                        ? BigDecimal.ONE.divide(BigDecimal.valueOf(Math.max(correctCount, 1)), 7, RoundingMode.HALF_UP)
                        : BigDecimal.ONE.negate();
            }
            String text = QtiBody.html(c.getValue(), e -> e.getLocalName().equals("feedbackInline") ? "" : null);
            options.add(new Choice(c.getKey(), RichText.html(text), fraction, feedbackOf(c.getValue()),
                    "true".equals(c.getValue().getAttribute("fixed")) && "true".equals(interaction.getAttribute("shuffle"))));
        }
        if (!single && !mapped) {
            warnings.add("all-or-nothing multiple choice (match_correct) cannot be held: it is scored with partial credit "
                    + "(each correct option 1/" + correctCount + ", a wrong option cancels it)");
        }
        if (!single && mapped && d.lowerBound() == null) {
            warnings.add("the mapping has no lower bound; the score is floored at 0");
        }
        return ItemContent.of(single ? ItemTypeCode.SINGLE_CHOICE : ItemTypeCode.MULTIPLE_RESPONSE, stem, new ChoiceBody(options));
    }

    private ItemContent match(Element interaction, QtiDeclaration d, RichText stem) {
        List<Element> sets = children(interaction, "simpleMatchSet");
        if (sets.size() != 2 || d == null) {
            throw new QtiProblem("matchInteraction needs two simpleMatchSets and a responseDeclaration", interaction);
        }
        Map<String, RichText> sources = choiceTexts(sets.get(0), "simpleAssociableChoice");
        Map<String, RichText> targets = choiceTexts(sets.get(1), "simpleAssociableChoice");
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> usedTargets = new HashSet<>();
        for (String pair : d.correct()) {
            String[] st = pair.split("\\s+");
            if (st.length != 2 || !sources.containsKey(st[0]) || !targets.containsKey(st[1])) {
                throw new QtiProblem("the correct pair \"" + pair + "\" names no choices of the matchInteraction", interaction);
            }
            if (pairs.stream().anyMatch(p -> p.id().equals(st[0]))) {
                throw new QtiProblem("premise " + st[0] + " has two correct answers, which a matching item cannot express", interaction);
            }
            BigDecimal weight = d.mapped(pair).filter(v -> v.signum() > 0).orElse(BigDecimal.ONE);
            pairs.add(new MatchPair(st[0], sources.get(st[0]), targets.get(st[1]).text(), weight));
            usedTargets.add(st[1]);
        }
        for (Map.Entry<String, RichText> t : targets.entrySet()) {
            if (!usedTargets.contains(t.getKey())) {
                pairs.add(new MatchPair(t.getKey(), RichText.EMPTY, t.getValue().text(), BigDecimal.ONE));
            }
        }
        return ItemContent.of(ItemTypeCode.MATCHING, stem, new MatchingBody(pairs));
    }

    private ItemContent inline(Element body, List<Element> interactions) {
        if (interactions.size() == 1 && interactions.get(0).getLocalName().equals("textEntryInteraction")) {
            Element entry = interactions.get(0);
            QtiDeclaration d = declaration(entry);
            String stem = bodyHtml(body, e -> e == entry ? "_____" : null);
            // Our own export puts the entry box in a paragraph after the stem; that is no blank in the text.
            if (stem.endsWith("<p>_____</p>")) {
                stem = stem.substring(0, stem.length() - "<p>_____</p>".length()).strip();
            }
            if (d.numeric()) {
                List<NumericAnswer> answers = credit.gapAnswers(d, GapKind.NUMERIC).stream().map(a -> new NumericAnswer(
                        new BigDecimal(a.text()), a.tolerance(), a.fraction(), RichText.EMPTY)).toList();
                return ItemContent.of(ItemTypeCode.SHORT_NUMERIC, RichText.html(stem), new NumericBody(answers));
            }
            List<TextAnswer> answers = credit.gapAnswers(d, GapKind.TEXT).stream()
                    .map(a -> new TextAnswer(a.text(), a.fraction(), RichText.EMPTY)).toList();
            return ItemContent.of(ItemTypeCode.SHORT_TEXT, RichText.html(stem), new TextAnswerBody(answers, QtiCredit.caseSensitive(d)));
        }
        List<Gap> gaps = new ArrayList<>();
        String stem = bodyHtml(body, e -> inlineGap(e, gaps));
        return ItemContent.of(ItemTypeCode.CLOZE, RichText.html(stem), new ClozeBody(gaps));
    }

    /** Replaces an inline interaction (or a gapMatch gap) by its marker, collecting the gap. */
    private String inlineGap(Element e, List<Gap> gaps) {
        switch (e.getLocalName()) {
            case "textEntryInteraction" -> {
                QtiDeclaration d = declaration(e);
                GapKind kind = d.numeric() ? GapKind.NUMERIC : GapKind.TEXT;
                Gap gap = new Gap(d.identifier(), kind, QtiCredit.weight(d), credit.gapAnswers(d, kind), kind == GapKind.TEXT && QtiCredit.caseSensitive(d));
                gaps.add(gap);
                return gap.placeholder();
            }
            case "inlineChoiceInteraction" -> {
                QtiDeclaration d = declaration(e);
                List<GapAnswer> options = new ArrayList<>();
                boolean mapped = credit.scoresByMapping(d);
                BigDecimal best = d.mapping().stream().map(QtiDeclaration.MapEntry::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
                for (Element c : children(e, "inlineChoice")) {
                    String id = c.getAttribute("identifier");
                    BigDecimal fraction = mapped && best.signum() > 0
                            ? d.mapped(id).orElse(d.defaultValue()).divide(best, 7, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE)
                            : d.correct().contains(id) ? BigDecimal.ONE : BigDecimal.ZERO;
                    options.add(new GapAnswer(id, QtiBody.html(c, x -> null), null, Fractions.normalise(fraction), RichText.EMPTY));
                }
                Gap gap = new Gap(d.identifier(), GapKind.CHOICE, BigDecimal.ONE, options, false);
                gaps.add(gap);
                return gap.placeholder();
            }
            case "gapMatchInteraction" -> {
                QtiDeclaration d = declaration(e);
                Map<String, String> words = new LinkedHashMap<>();
                children(e, "gapText").forEach(g -> words.put(g.getAttribute("identifier"), g.getTextContent().strip()));
                Element prompt = child(e, "prompt");
                String promptHtml = prompt == null ? "" : "<p>" + QtiBody.html(prompt, x -> null) + "</p>";
                if (d.hasMapping()) {
                    warnings.add("gap-match penalties for wrong pairs are not kept; a wrong word earns 0");
                }
                return promptHtml + QtiBody.html(e, x -> switch (x.getLocalName()) {
                    case "prompt", "gapText" -> "";
                    case "gap" -> gapMatchGap(x.getAttribute("identifier"), words, d, gaps);
                    default -> null;
                });
            }
            default -> {
                return null;
            }
        }
    }

    private static String gapMatchGap(String gapId, Map<String, String> words, QtiDeclaration d, List<Gap> gaps) {
        String rightWord = d.correct().stream().map(p -> p.split("\\s+")).filter(p -> p[1].equals(gapId))
                .map(p -> p[0]).findFirst().orElse("");
        BigDecimal weight = d.mapped(rightWord + " " + gapId).filter(v -> v.signum() > 0).orElse(BigDecimal.ONE);
        List<GapAnswer> options = new ArrayList<>();
        words.forEach((id, text) -> options.add(new GapAnswer(id, text, null,
                id.equals(rightWord) ? BigDecimal.ONE : BigDecimal.ZERO, RichText.EMPTY)));
        Gap gap = new Gap(gapId, GapKind.CHOICE, weight, options, false);
        gaps.add(gap);
        return gap.placeholder();
    }

    private QtiDeclaration declaration(Element interaction) {
        QtiDeclaration d = declarations.get(interaction.getAttribute("responseIdentifier"));
        if (d == null) {
            throw new QtiProblem("no responseDeclaration for " + interaction.getAttribute("responseIdentifier"), interaction);
        }
        return d;
    }

    private static Map<String, RichText> choiceTexts(Element parent, String tag) {
        Map<String, RichText> texts = new LinkedHashMap<>();
        children(parent, tag).forEach(c -> texts.put(c.getAttribute("identifier"),
                RichText.html(QtiBody.html(c, e -> e.getLocalName().equals("feedbackInline") ? "" : null))));
        return texts;
    }

    private static RichText feedbackOf(Element choice) {
        Element fb = child(choice, "feedbackInline");
        return fb == null ? RichText.EMPTY : RichText.html(QtiBody.html(fb, e -> null));
    }

    /** A structural error in an item: reported as a problem at the item. */
    static final class QtiProblem extends RuntimeException {
        private final transient Element where;

        QtiProblem(String message, Element where) {
            super(message);
            this.where = where;
        }

        Element where() {
            return where;
        }
    }
}
