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

/**
 * Writes GIFT as Moodle does: {@code $CATEGORY:} switches, {@code // [id:…] [tag:…]} comments,
 * {@code ::name::[html]} and one answer per line. GIFT cannot express true/false clusters, ordering
 * or cloze (refused), nor points, locked options, case-sensitive answers, pair weights, essay
 * guidance, source or author (written without them, each with a warning).
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
            if (!item.chapterKey().equals(chapter)) {
                chapter = item.chapterKey();
                out.append("$CATEGORY: $course$/top/").append(chapter).append("\n\n");
            }
            String label = "item " + (i + 1) + ": ";
            question(item.content(), out, w -> warnings.add(label + w));
            out.append("\n\n");
        }
        return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), "text/plain", "gift.txt", warnings);
    }

    private static void question(ItemContent c, StringBuilder out, Consumer<String> warn) {
        if (c.defaultPoints().compareTo(BigDecimal.ONE) != 0) {
            warn.accept("GIFT has no points; " + c.defaultPoints().toPlainString() + " points not written");
        }
        if (!c.source().isEmpty() || !c.author().isEmpty()) {
            warn.accept("GIFT has no source or author; not written");
        }
        if (!c.idnumber().isEmpty() || !c.tags().isEmpty()) {
            out.append("//");
            if (!c.idnumber().isEmpty()) {
                out.append(" [id:").append(c.idnumber().replace("]", "\\]")).append(']');
            }
            c.tags().forEach(t -> out.append(" [tag:").append(t.replace("]", "\\]")).append(']'));
            out.append('\n');
        }
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
                    out.append('#').append(text(wrong)).append('#').append(text(right));
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
                EssayBody b = c.body(EssayBody.class);
                if (!b.guidance().isEmpty() || !b.responseTemplate().isEmpty()) {
                    warn.accept("GIFT essays have no marking guide or response template; not written");
                }
            }
            default -> throw new IllegalStateException(c.type().name());
        }
        if (!c.generalFeedback().isEmpty()) {
            out.append("####").append(text(c.generalFeedback()));
        }
        out.append('}');
    }

    private static String feedback(RichText feedback) {
        return feedback.isEmpty() ? "" : "#" + text(feedback);
    }

    private static String text(RichText text) {
        return GiftEscapes.escape(text.html());
    }
}
