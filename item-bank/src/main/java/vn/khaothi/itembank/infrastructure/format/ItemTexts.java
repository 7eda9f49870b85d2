package vn.khaothi.itembank.infrastructure.format;

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
}
