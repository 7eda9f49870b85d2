package vn.khaothi.itembank.infrastructure.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.Option;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/** Every HTML text of an item (stem, feedback, options, …): where its pictures may be. */
public final class ItemTexts {

    private ItemTexts() {
    }

    public static List<String> all(ItemContent c) {
        List<String> out = new ArrayList<>(List.of(c.stem().html(), c.generalFeedback().html()));
        ItemBody body = c.body();
        if (body instanceof ChoiceBody b) {
            b.options().forEach(o -> {
                out.add(o.text().html());
                out.add(o.feedback().html());
            });
        } else if (body instanceof TrueFalseBody b) {
            out.add(b.feedbackTrue().html());
            out.add(b.feedbackFalse().html());
        } else if (body instanceof StatementsBody b) {
            b.statements().forEach(s -> out.add(s.text().html()));
        } else if (body instanceof NumericBody b) {
            b.answers().forEach(a -> out.add(a.feedback().html()));
        } else if (body instanceof TextAnswerBody b) {
            b.answers().forEach(a -> out.add(a.feedback().html()));
        } else if (body instanceof MatchingBody b) {
            b.pairs().forEach(p -> out.add(p.left().html()));
        } else if (body instanceof OrderingBody b) {
            b.sequence().forEach(o -> out.add(o.text().html()));
        } else if (body instanceof ClozeBody b) {
            b.gaps().forEach(g -> g.answers().forEach(a -> out.add(a.feedback().html())));
        } else if (body instanceof EssayBody b) {
            out.add(b.guidance().html());
            out.add(b.responseTemplate().html());
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The content with {@code f} applied to every HTML text (stem, feedback, options …); the rest unchanged. */
    public static ItemContent map(ItemContent c, UnaryOperator<String> f) {
        UnaryOperator<RichText> r = t -> t.isEmpty() ? t : RichText.html(f.apply(t.html()));
        ItemBody body = c.body();
        ItemBody mapped;
        if (body instanceof ChoiceBody b) {
            mapped = new ChoiceBody(b.options().stream().map(o -> new Choice(o.id(), r.apply(o.text()), o.fraction(),
                    r.apply(o.feedback()), o.locked())).toList());
        } else if (body instanceof TrueFalseBody b) {
            mapped = new TrueFalseBody(b.answer(), r.apply(b.feedbackTrue()), r.apply(b.feedbackFalse()));
        } else if (body instanceof StatementsBody b) {
            mapped = new StatementsBody(b.statements().stream().map(s -> new Statement(s.id(), r.apply(s.text()), s.correct())).toList());
        } else if (body instanceof NumericBody b) {
            mapped = new NumericBody(b.answers().stream().map(a -> new NumericAnswer(a.value(), a.tolerance(), a.fraction(),
                    r.apply(a.feedback()))).toList());
        } else if (body instanceof TextAnswerBody b) {
            mapped = new TextAnswerBody(b.answers().stream().map(a -> new TextAnswer(a.text(), a.fraction(), r.apply(a.feedback())))
                    .toList(), b.caseSensitive());
        } else if (body instanceof MatchingBody b) {
            mapped = new MatchingBody(b.pairs().stream().map(p -> new MatchPair(p.id(), r.apply(p.left()), p.right(), p.weight())).toList());
        } else if (body instanceof OrderingBody b) {
            mapped = new OrderingBody(b.sequence().stream().map(o -> new Option(o.id(), r.apply(o.text()))).toList());
        } else if (body instanceof ClozeBody b) {
            mapped = new ClozeBody(b.gaps().stream().map(g -> new Gap(g.id(), g.kind(), g.weight(), g.answers().stream()
                    .map(a -> new GapAnswer(a.id(), a.text(), a.tolerance(), a.fraction(), r.apply(a.feedback()))).toList(),
                    g.caseSensitive())).toList());
        } else if (body instanceof EssayBody b) {
            mapped = new EssayBody(r.apply(b.guidance()), r.apply(b.responseTemplate()), b.rubric());
        } else {
            mapped = body;
        }
        return new ItemContent(c.type(), c.name(), r.apply(c.stem()), r.apply(c.generalFeedback()), c.defaultPoints(), c.tags(),
                c.source(), c.author(), c.idnumber(), mapped);
    }
}
