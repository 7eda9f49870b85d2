package vn.khaothi.itembank.infrastructure.format.qti21;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
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
 * One content as an {@code assessmentItem} document. The stem goes in a
 * {@code <div class="khaothi-stem">} (itemBody needs block content; the reader unwraps it), and
 * a short answer's entry box in a paragraph after it. Scoring is declared with
 * {@code correctResponse}, a {@code mapping} where credit is partial, and the standard templates.
 */
final class QtiItemXml {

    static final String STEM_CLASS = "khaothi-stem";
    private static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct";
    private static final String MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response";

    private QtiItemXml() {
    }

    static String item(ItemContent c, String identifier, Consumer<String> warn) {
        if (!c.source().isEmpty() || !c.author().isEmpty()) {
            warn.accept("QTI items carry no source or author; not written");
        }
        StringBuilder declarations = new StringBuilder();
        StringBuilder body = new StringBuilder();
        String stem = xhtml(c.stem().html());
        String processing = MATCH_CORRECT;
        switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                boolean single = c.type() == ItemTypeCode.SINGLE_CHOICE;
                List<Choice> options = c.body(ChoiceBody.class).options();
                declarations.append(declaration("RESPONSE", single ? "single" : "multiple", "identifier",
                        options.stream().filter(o -> single ? QtiWriter.isOne(o.fraction()) : o.isCorrect()).map(Choice::id).toList()));
                boolean partial = single && options.stream().anyMatch(o -> o.fraction().signum() != 0 && !QtiWriter.isOne(o.fraction()));
                if (!single || partial) {
                    insertMapping(declarations, options.stream().filter(o -> o.fraction().signum() != 0)
                            .map(o -> "<mapEntry mapKey=\"" + o.id() + "\" mappedValue=\"" + o.fraction().toPlainString() + "\"/>").toList(),
                            " lowerBound=\"0\" upperBound=\"1\"");
                    // SCORE is then the fraction of the item earned, as for our own scoring.
                    processing = MAP_RESPONSE;
                }
                body.append(div(stem)).append("<choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\" maxChoices=\"")
                        .append(single ? 1 : 0).append("\">");
                for (Choice o : options) {
                    body.append("<simpleChoice identifier=\"").append(o.id()).append("\" fixed=\"").append(o.locked()).append("\">")
                            .append(xhtml(o.text().html())).append(feedbackInline(o.id(), o.feedback())).append("</simpleChoice>");
                }
                body.append("</choiceInteraction>");
            }
            case TRUE_FALSE -> {
                TrueFalseBody b = c.body(TrueFalseBody.class);
                declarations.append(declaration("RESPONSE", "single", "identifier", List.of(String.valueOf(b.answer()))));
                body.append(div(stem)).append("<choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"1\">")
                        .append("<simpleChoice identifier=\"true\">Đúng").append(feedbackInline("true", b.feedbackTrue())).append("</simpleChoice>")
                        .append("<simpleChoice identifier=\"false\">Sai").append(feedbackInline("false", b.feedbackFalse())).append("</simpleChoice>")
                        .append("</choiceInteraction>");
            }
            case SHORT_TEXT -> {
                TextAnswerBody b = c.body(TextAnswerBody.class);
                declarations.append(textDeclaration("RESPONSE", b.answers().stream().map(a -> new GapAnswer("A", a.text(), null,
                        a.fraction(), a.feedback())).toList(), b.caseSensitive(), warn));
                body.append(div(stem)).append("<p><textEntryInteraction responseIdentifier=\"RESPONSE\"/></p>");
                processing = MAP_RESPONSE;
            }
            case SHORT_NUMERIC -> {
                List<NumericAnswer> answers = c.body(NumericBody.class).answers();
                NumericAnswer best = answers.stream().filter(a -> !a.isCatchAll() && QtiWriter.isOne(a.fraction())).findFirst().orElseThrow();
                if (answers.size() > 1 || !best.feedback().isEmpty()) {
                    warn.accept("QTI keeps one accepted number; other answers and feedback are not written");
                }
                declarations.append(declaration("RESPONSE", "single", "float", List.of(best.value().toPlainString())));
                body.append(div(stem)).append("<p><textEntryInteraction responseIdentifier=\"RESPONSE\"/></p>");
                processing = null;
                declarations.append(QtiProcessing.tolerances(List.<String[]>of(new String[] {"RESPONSE", best.tolerance().toPlainString()})));
            }
            case MATCHING -> {
                MatchingBody b = c.body(MatchingBody.class);
                List<String> answers = b.answers();
                List<String> correct = b.premises().stream().map(p -> p.id() + " " + targetId(b, p.right())).toList();
                declarations.append(declaration("RESPONSE", "multiple", "directedPair", correct));
                boolean weighted = b.premises().stream().anyMatch(p -> !QtiWriter.isOne(p.weight()));
                if (weighted) {
                    insertMapping(declarations, b.premises().stream().map(p -> "<mapEntry mapKey=\"" + p.id() + " "
                            + targetId(b, p.right()) + "\" mappedValue=\"" + p.weight().toPlainString() + "\"/>").toList(), "");
                    processing = MAP_RESPONSE;
                }
                body.append(div(stem)).append("<matchInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\" maxAssociations=\"")
                        .append(b.premises().size()).append("\"><simpleMatchSet>");
                for (MatchPair p : b.premises()) {
                    body.append("<simpleAssociableChoice identifier=\"").append(p.id()).append("\" matchMax=\"1\">")
                            .append(xhtml(p.left().html())).append("</simpleAssociableChoice>");
                }
                body.append("</simpleMatchSet><simpleMatchSet>");
                for (String a : answers) {
                    body.append("<simpleAssociableChoice identifier=\"").append(targetId(b, a)).append("\" matchMax=\"0\">")
                            .append(xhtml(RichText.plain(a).html())).append("</simpleAssociableChoice>");
                }
                body.append("</simpleMatchSet></matchInteraction>");
            }
            case ORDERING -> {
                List<Option> sequence = c.body(OrderingBody.class).sequence();
                declarations.append(declaration("RESPONSE", "ordered", "identifier", sequence.stream().map(Option::id).toList()));
                body.append(div(stem)).append("<orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\">");
                sequence.forEach(o -> body.append("<simpleChoice identifier=\"").append(o.id()).append("\">")
                        .append(xhtml(o.text().html())).append("</simpleChoice>"));
                body.append("</orderInteraction>");
            }
            case ESSAY -> {
                EssayBody b = c.body(EssayBody.class);
                if (!b.guidance().isEmpty() || !b.responseTemplate().isEmpty()) {
                    warn.accept("QTI has no marking guide or response template; not written");
                }
                if (!b.rubric().isEmpty()) {
                    warn.accept("QTI has no rubric here; its " + b.rubric().criteria().size() + " criteria are not written");
                }
                declarations.append("<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\"/>");
                body.append(div(stem)).append("<extendedTextInteraction responseIdentifier=\"RESPONSE\"/>");
                processing = null;
            }
            case CLOZE -> {
                processing = null;
                String text = stem;
                List<String[]> tolerances = new ArrayList<>();
                for (Gap gap : c.body(ClozeBody.class).gaps()) {
                    String id = isIdentifier(gap.id()) ? gap.id() : "G" + gap.id();
                    if (!id.equals(gap.id())) {
                        warn.accept("gap " + gap.id() + " is written as " + id + " (QTI identifiers start with a letter)");
                    }
                    if (!QtiWriter.isOne(gap.weight())) {
                        warn.accept("gap weights are not written; gap " + gap.id() + " counts as 1");
                    }
                    text = text.replace(gap.placeholder(), QtiCloze.interaction(gap, id));
                    declarations.append(QtiCloze.declaration(gap, id, warn));
                    if (gap.kind() == GapKind.NUMERIC) {
                        tolerances.add(new String[] {id, gap.answers().get(0).tolerance().toPlainString()});
                    }
                }
                body.append(div(text));
                declarations.append(QtiProcessing.clozeScoring(c.body(ClozeBody.class).gaps(), tolerances));
            }
            default -> throw new IllegalStateException(c.type().name());
        }
        return document(c, identifier, declarations.toString(), body.toString(), processing);
    }

    private static String document(ItemContent c, String identifier, String declarations, String body, String template) {
        String[] parts = declarations.split("(?=<responseProcessing)", 2);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentItem xmlns=\"")
                .append(QtiWriter.NS).append("\" identifier=\"").append(identifier).append("\" title=\"").append(attr(c.name()))
                .append("\" label=\"").append(attr(c.idnumber())).append("\" toolName=\"").append(QtiItemMapper.TOOL_NAME)
                .append("\" toolVersion=\"1\" adaptive=\"false\" timeDependent=\"false\">\n").append(parts[0])
                .append("<outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"/>\n")
                .append("<outcomeDeclaration identifier=\"MAXSCORE\" cardinality=\"single\" baseType=\"float\"><defaultValue><value>")
                .append(c.defaultPoints().toPlainString()).append("</value></defaultValue></outcomeDeclaration>\n")
                .append(c.generalFeedback().isEmpty() ? "" : "<outcomeDeclaration identifier=\"" + QtiItemMapper.GENERAL_FEEDBACK
                        + "\" cardinality=\"single\" baseType=\"identifier\"/>\n")
                .append("<itemBody>").append(body).append("</itemBody>\n");
        if (template != null) {
            out.append("<responseProcessing template=\"").append(template).append("\"/>\n");
        } else if (parts.length > 1) {
            out.append(parts[1]);
        }
        if (!c.generalFeedback().isEmpty()) {
            // Never set, and shown unless it matches: the general feedback shows after every attempt.
            out.append("<modalFeedback outcomeIdentifier=\"").append(QtiItemMapper.GENERAL_FEEDBACK)
                    .append("\" identifier=\"NEVER\" showHide=\"hide\">").append(xhtml(c.generalFeedback().html()))
                    .append("</modalFeedback>\n");
        }
        return out.append("</assessmentItem>\n").toString();
    }

    static String declaration(String id, String cardinality, String baseType, List<String> correct) {
        StringBuilder d = new StringBuilder("<responseDeclaration identifier=\"").append(id).append("\" cardinality=\"")
                .append(cardinality).append("\" baseType=\"").append(baseType).append("\"><correctResponse>");
        correct.forEach(v -> d.append("<value>").append(attr(v)).append("</value>"));
        return d.append("</correctResponse></responseDeclaration>\n").toString();
    }

    static String textDeclaration(String id, List<GapAnswer> answers, boolean caseSensitive, Consumer<String> warn) {
        if (answers.stream().anyMatch(a -> a.fraction().signum() <= 0 || !a.feedback().isEmpty())) {
            warn.accept("answers worth 0 and answer feedback are not written");
        }
        List<GapAnswer> credited = answers.stream().filter(a -> a.fraction().signum() > 0).toList();
        StringBuilder d = new StringBuilder(declaration(id, "single", "string",
                credited.stream().filter(a -> QtiWriter.isOne(a.fraction())).map(GapAnswer::text).limit(1).toList()));
        insertMapping(d, credited.stream().map(a -> "<mapEntry mapKey=\"" + attr(a.text()) + "\" mappedValue=\""
                + a.fraction().toPlainString() + "\" caseSensitive=\"" + caseSensitive + "\"/>").toList(), "");
        return d.toString();
    }

    /** Puts a mapping inside the last responseDeclaration of {@code declarations}. */
    static void insertMapping(StringBuilder declarations, List<String> entries, String bounds) {
        int end = declarations.lastIndexOf("</responseDeclaration>");
        declarations.insert(end, "<mapping defaultValue=\"0\"" + bounds + ">" + String.join("", entries) + "</mapping>");
    }

    private static String targetId(MatchingBody b, String answer) {
        // An answer only a distractor uses keeps that pair's id, so the distractor reads back as itself.
        return b.pairs().stream().filter(p -> p.isDistractor() && p.right().equals(answer)
                        && b.premises().stream().noneMatch(q -> q.right().equals(answer)))
                .map(MatchPair::id).findFirst().orElse(b.rightIdOf(answer));
    }

    private static String feedbackInline(String id, RichText feedback) {
        return feedback.isEmpty() ? "" : "<feedbackInline outcomeIdentifier=\"FEEDBACK\" identifier=\"" + id
                + "\" showHide=\"show\">" + xhtml(feedback.html()) + "</feedbackInline>";
    }

    private static String div(String stemXhtml) {
        return "<div class=\"" + STEM_CLASS + "\">" + stemXhtml + "</div>";
    }

    /** Sanitised HTML as well-formed XHTML. */
    static String xhtml(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false);
        return doc.body().html();
    }

    static String attr(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static boolean isIdentifier(String id) {
        return id != null && id.matches("[A-Za-z_][A-Za-z0-9_.-]*");
    }
}
