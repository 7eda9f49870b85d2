package vn.khaothi.itembank.infrastructure.format.gift;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.khaothi.itembank.application.exporting.ExportItem;
import vn.khaothi.itembank.application.exporting.ExportResult;
import vn.khaothi.itembank.application.exporting.ItemWriter;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Fractions;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;
import vn.khaothi.itembank.infrastructure.format.ItemTexts;
import vn.khaothi.itembank.infrastructure.format.MediaFiles;

/**
 * Writes GIFT as Moodle does: {@code $CATEGORY:} switches, {@code // [id:…] [tag:…]} comments,
 * {@code ::name::[html]} and one answer per line. GIFT cannot express true/false clusters, ordering
 * or cloze (refused), nor locked options, case-sensitive answers, pair weights, source or author
 * (written without them, each with a warning). Points other than 1 and an essay's marking guide and
 * response template go into our own comment markers ({@link GiftComments}), which our reader reads
 * back and Moodle ignores (with a warning, since Moodle loses them).
 */
public final class GiftWriter implements ItemWriter {

    @Override
    public ItemFormat format() {
        return ItemFormat.GIFT;
    }

    @Override
    public List<ItemTypeCode> expresses() {
        return List.of(ItemTypeCode.SINGLE_CHOICE, ItemTypeCode.MULTIPLE_RESPONSE, ItemTypeCode.TRUE_FALSE,
                ItemTypeCode.SHORT_NUMERIC, ItemTypeCode.SHORT_TEXT, ItemTypeCode.MATCHING, ItemTypeCode.ESSAY);
    }

    @Override
    public ExportResult write(List<ExportItem> items) {
        requireExpressible(items);
        StringBuilder out = new StringBuilder();
        List<String> warnings = new ArrayList<>();
        String chapter = "";
        for (int i = 0; i < items.size(); i++) {
            ExportItem item = items.get(i);
            if (!item.categoryPath().equals(chapter)) {
                chapter = item.categoryPath();
                out.append("$CATEGORY: $course$/top/").append(chapter).append("\n\n");
            }
            String label = item.label(i) + ": ";
            question(item.content(), out, w -> warnings.add(label + w));
            out.append("\n\n");
        }
        return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), "text/plain", "gift.txt", warnings);
    }

    private static void question(ItemContent c, StringBuilder out, Consumer<String> warn) {
        if (!c.source().isEmpty() || !c.author().isEmpty()) {
            warn.accept("GIFT has no source or author; not written");
        }
        boolean points = c.defaultPoints().compareTo(BigDecimal.ONE) != 0;
        if (points) {
            warn.accept("GIFT has no points: " + c.defaultPoints().toPlainString()
                    + " points are written as a [points:…] comment, which Moodle ignores (its default grade will be 1)");
        }
        EssayBody essay = c.body() instanceof EssayBody e ? e : null;
        boolean guide = essay != null && (!essay.guidance().isEmpty() || !essay.responseTemplate().isEmpty());
        if (guide) {
            warn.accept("GIFT essays have no marking guide or response template: they are written as [guidance:…] and "
                    + "[template:…] comments, which Moodle ignores");
        }
        if (!c.idnumber().isEmpty() || !c.tags().isEmpty() || points || guide) {
            out.append("//");
            if (!c.idnumber().isEmpty()) {
                out.append(" [id:").append(c.idnumber().replace("]", "\\]")).append(']');
            }
            c.tags().forEach(t -> out.append(" [tag:").append(t.replace("]", "\\]")).append(']'));
            if (points) {
                out.append(" [points:").append(c.defaultPoints().toPlainString()).append(']');
            }
            if (guide && !essay.guidance().isEmpty()) {
                out.append(" [guidance:").append(GiftComments.escape(essay.guidance().html())).append(']');
            }
            if (guide && !essay.responseTemplate().isEmpty()) {
                out.append(" [template:").append(GiftComments.escape(essay.responseTemplate().html())).append(']');
            }
            out.append('\n');
        }
        pictures(c, warn);
        if (!c.name().isEmpty()) {
            out.append("::").append(GiftEscapes.escape(c.name())).append("::");
        }
        out.append("[html]").append(text(c.stem())).append('{');
        switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
                boolean single = c.type() == ItemTypeCode.SINGLE_CHOICE;
                for (Choice o : c.body(ChoiceBody.class).options()) {
                    if (o.locked()) {
                        warn.accept("GIFT cannot lock option " + o.id() + "; it may be shuffled");
                    }
                    boolean full = o.fraction().compareTo(BigDecimal.ONE) == 0;
                    out.append("\n\t").append(single && full ? "=" : "~");
                    if (!(single && full) && o.fraction().signum() != 0) {
                        out.append('%').append(Fractions.toPercent(o.fraction()).toPlainString()).append('%');
                    }
                    out.append(text(o.text())).append(feedback(o.feedback()));
                }
                out.append('\n');
            }
            case TRUE_FALSE -> {
                TrueFalseBody b = c.body(TrueFalseBody.class);
                RichText wrong = b.answer() ? b.feedbackFalse() : b.feedbackTrue();
                RichText right = b.answer() ? b.feedbackTrue() : b.feedbackFalse();
                out.append(b.answer() ? "TRUE" : "FALSE");
                if (!wrong.isEmpty() || !right.isEmpty()) {
                    out.append('#').append(text(wrong));
                }
                // "#wrong#" before "####general" would make "#####": Moodle (and we) take the first "####" as the
                // general feedback's start, so an empty right-answer feedback is left out, never written empty.
                if (!right.isEmpty()) {
                    out.append('#').append(text(right));
                }
            }
            case SHORT_TEXT -> {
                TextAnswerBody b = c.body(TextAnswerBody.class);
                if (b.caseSensitive()) {
                    warn.accept("GIFT answers are never case-sensitive");
                }
                for (TextAnswer a : b.answers()) {
                    out.append("\n\t=%").append(Fractions.toPercent(a.fraction()).toPlainString()).append('%')
                            .append(GiftEscapes.escape(a.text())).append(feedback(a.feedback()));
                }
                out.append('\n');
            }
            case SHORT_NUMERIC -> {
                out.append('#');
                List<NumericAnswer> answers = c.body(NumericBody.class).answers();
                for (NumericAnswer a : answers) {
                    if (a.isCatchAll()) {
                        continue;
                    }
                    out.append("\n\t=%").append(Fractions.toPercent(a.fraction()).toPlainString()).append('%')
                            .append(a.value().toPlainString()).append(':').append(a.tolerance().toPlainString())
                            .append(feedback(a.feedback()));
                }
                answers.stream().filter(NumericAnswer::isCatchAll).findFirst()
                        .ifPresent(a -> out.append("\n\t~").append(feedback(a.feedback()).isEmpty() ? "#" : feedback(a.feedback())));
                out.append('\n');
            }
            case MATCHING -> {
                for (MatchPair p : c.body(MatchingBody.class).pairs()) {
                    if (p.weight().compareTo(BigDecimal.ONE) != 0) {
                        warn.accept("GIFT pairs have no weights; pair " + p.id() + " counts as 1");
                    }
                    out.append("\n\t=").append(text(p.left())).append(" -> ").append(GiftEscapes.escape(p.right()));
                }
                out.append('\n');
            }
            case ESSAY -> {
                // The marking guide and template went into the comment above.
                if (!c.body(EssayBody.class).rubric().isEmpty()) {
                    warn.accept("GIFT has no rubric; its " + c.body(EssayBody.class).rubric().criteria().size()
                            + " criteria are not written");
                }
            }
            default -> throw new IllegalStateException(c.type().name());
        }
        if (!c.generalFeedback().isEmpty()) {
            out.append("####").append(text(c.generalFeedback()));
        }
        out.append('}');
    }

    /** GIFT is text: pictures stay in the HTML as data URIs, which Moodle's GIFT import does not turn into files. */
    private static void pictures(ItemContent c, Consumer<String> warn) {
        int count = MediaFiles.allIn(List.of(ItemTexts.all(c).toArray(String[]::new))).size();
        if (count > 0) {
            warn.accept("GIFT cannot carry files: " + count + " picture(s) stay inline in the HTML (data: URIs); "
                    + "export as Moodle XML or QTI to carry them as files");
        }
    }

    private static String feedback(RichText feedback) {
        return feedback.isEmpty() ? "" : "#" + text(feedback);
    }

    private static String text(RichText text) {
        return GiftEscapes.escape(text.html());
    }
}
