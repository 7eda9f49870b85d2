package vn.khaothi.itembank.infrastructure.format.moodlexml;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.khaothi.itembank.application.exporting.ExportItem;
import vn.khaothi.itembank.application.exporting.ExportResult;
import vn.khaothi.itembank.application.exporting.ItemWriter;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Fractions;
import vn.khaothi.itembank.domain.item.Gap;
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
import vn.khaothi.itembank.infrastructure.format.MediaFiles;

/**
 * Writes Moodle XML that Moodle 4.x imports: a category record per chapter, then the questions
 * in html format; ordering items use qtype_ordering (core since Moodle 4.4). Not expressible:
 * true/false clusters (refused); locked options,
 * pair weights, source and author (written without them, with a warning).
 */
public final class MoodleXmlWriter implements ItemWriter {

    @Override
    public ItemFormat format() {
        return ItemFormat.MOODLE_XML;
    }

    @Override
    public List<ItemTypeCode> expresses() {
        return List.of(ItemTypeCode.SINGLE_CHOICE, ItemTypeCode.MULTIPLE_RESPONSE, ItemTypeCode.TRUE_FALSE,
                ItemTypeCode.SHORT_NUMERIC, ItemTypeCode.SHORT_TEXT, ItemTypeCode.MATCHING, ItemTypeCode.ORDERING,
                ItemTypeCode.CLOZE, ItemTypeCode.ESSAY);
    }

    @Override
    public ExportResult write(List<ExportItem> items) {
        requireExpressible(items);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        List<String> warnings = new ArrayList<>();
        String chapter = "";
        for (int i = 0; i < items.size(); i++) {
            ExportItem item = items.get(i);
            if (!item.categoryPath().equals(chapter)) {
                chapter = item.categoryPath();
                out.append("  <question type=\"category\">\n    <category><text>").append(xml("$course$/top/" + chapter))
                        .append("</text></category>\n  </question>\n");
            }
            String label = item.label(i) + ": ";
            question(item.content(), out, w -> warnings.add(label + w));
        }
        out.append("</quiz>\n");
        return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), "application/xml", "xml", warnings);
    }

    private static void question(ItemContent c, StringBuilder out, Consumer<String> warn) {
        String type = switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_TEXT -> "shortanswer";
            case SHORT_NUMERIC -> "numerical";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
            case CLOZE -> "cloze";
            case ESSAY -> "essay";
            default -> throw new IllegalStateException(c.type().name());
        };
        if (!c.source().isEmpty() || !c.author().isEmpty()) {
            warn.accept("Moodle XML has no source or author; not written");
        }
        String stem = c.stem().html();
        if (c.body() instanceof ClozeBody cloze) {
            for (Gap gap : cloze.gaps()) {
                stem = stem.replace(gap.placeholder(), ClozeSyntax.write(gap));
            }
        }
        out.append("  <question type=\"").append(type).append("\">\n");
        out.append("    <name><text>").append(xml(c.name())).append("</text></name>\n");
        out.append("    <questiontext format=\"html\">").append(text(stem)).append("</questiontext>\n");
        out.append("    <generalfeedback format=\"html\">").append(text(c.generalFeedback().html())).append("</generalfeedback>\n");
        out.append("    <defaultgrade>").append(c.defaultPoints().toPlainString()).append("</defaultgrade>\n");
        out.append("    <idnumber>").append(xml(c.idnumber())).append("</idnumber>\n");
        switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                out.append("    <single>").append(c.type() == ItemTypeCode.SINGLE_CHOICE).append("</single>\n");
                out.append("    <shuffleanswers>true</shuffleanswers>\n");
                for (Choice o : c.body(ChoiceBody.class).options()) {
                    if (o.locked()) {
                        warn.accept("Moodle cannot lock option " + o.id() + "; it may be shuffled");
                    }
                    answer(out, o.fraction(), o.text().html(), o.feedback(), null);
                }
            }
            case TRUE_FALSE -> {
                TrueFalseBody b = c.body(TrueFalseBody.class);
                answer(out, b.answer() ? BigDecimal.ONE : BigDecimal.ZERO, "true", b.feedbackTrue(), null);
                answer(out, b.answer() ? BigDecimal.ZERO : BigDecimal.ONE, "false", b.feedbackFalse(), null);
            }
            case SHORT_TEXT -> {
                TextAnswerBody b = c.body(TextAnswerBody.class);
                out.append("    <usecase>").append(b.caseSensitive() ? 1 : 0).append("</usecase>\n");
                for (TextAnswer a : b.answers()) {
                    answer(out, a.fraction(), a.text(), a.feedback(), null);
                }
            }
            case SHORT_NUMERIC -> {
                for (NumericAnswer a : c.body(NumericBody.class).answers()) {
                    answer(out, a.fraction(), a.isCatchAll() ? "*" : a.value().toPlainString(), a.feedback(),
                            a.tolerance().toPlainString());
                }
            }
            case MATCHING -> {
                out.append("    <shuffleanswers>true</shuffleanswers>\n");
                for (MatchPair p : c.body(MatchingBody.class).pairs()) {
                    if (p.weight().compareTo(BigDecimal.ONE) != 0) {
                        warn.accept("Moodle matching pairs have no weights; pair " + p.id() + " counts as 1");
                    }
                    out.append("    <subquestion format=\"html\">").append(text(p.left().html()))
                            .append("<answer><text>").append(xml(p.right())).append("</text></answer></subquestion>\n");
                }
            }
            case ORDERING -> {
                // Moodle's own scoring rule for this grading type is ours: credit per correct position.
                out.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n")
                        .append("    <selectcount>0</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n");
                List<Option> sequence = c.body(OrderingBody.class).sequence();
                for (int i = 0; i < sequence.size(); i++) {
                    out.append("    <answer fraction=\"").append(i + 1).append("\" format=\"html\">")
                            .append(text(sequence.get(i).text().html())).append("</answer>\n");
                }
            }
            case ESSAY -> {
                EssayBody b = c.body(EssayBody.class);
                if (!b.rubric().isEmpty()) {
                    warn.accept("Moodle essays have no rubric; its " + b.rubric().criteria().size() + " criteria are not written");
                }
                out.append("    <responseformat>editor</responseformat>\n");
                out.append("    <graderinfo format=\"html\">").append(text(b.guidance().html())).append("</graderinfo>\n");
                out.append("    <responsetemplate format=\"html\">").append(text(b.responseTemplate().html()))
                        .append("</responsetemplate>\n");
            }
            default -> {
                // CLOZE: the gaps are in the question text.
            }
        }
        if (!c.tags().isEmpty()) {
            out.append("    <tags>\n");
            c.tags().forEach(t -> out.append("      <tag><text>").append(xml(t)).append("</text></tag>\n"));
            out.append("    </tags>\n");
        }
        out.append("  </question>\n");
    }

    private static void answer(StringBuilder out, BigDecimal fraction, String text, RichText feedback, String tolerance) {
        out.append("    <answer fraction=\"").append(Fractions.toPercent(fraction).toPlainString()).append("\" format=\"html\">")
                .append(text(text));
        if (tolerance != null) {
            out.append("<tolerance>").append(tolerance).append("</tolerance>");
        }
        out.append("<feedback format=\"html\">").append(text(feedback.html())).append("</feedback></answer>\n");
    }

    /**
     * {@code <text>} and, after it, a base64 {@code <file>} for each picture the HTML carries; the
     * HTML names them {@code @@PLUGINFILE@@/<file>}, as Moodle writes and reads them.
     */
    private static String text(String html) {
        String referenced = html;
        StringBuilder files = new StringBuilder();
        for (Map.Entry<String, MediaFiles.Picture> p : MediaFiles.inHtml(html).entrySet()) {
            referenced = referenced.replace(p.getKey(), "@@PLUGINFILE@@/" + p.getValue().fileName());
            files.append("<file name=\"").append(p.getValue().fileName()).append("\" path=\"/\" encoding=\"base64\">")
                    .append(p.getValue().base64()).append("</file>");
        }
        return "<text>" + xml(referenced) + "</text>" + files;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
