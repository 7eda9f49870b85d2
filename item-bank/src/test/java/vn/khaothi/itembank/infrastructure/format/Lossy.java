package vn.khaothi.itembank.infrastructure.format;

import java.math.BigDecimal;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswerBody;

/** A content as it reads back from a format that cannot carry some detail (the writers warn). */
final class Lossy {

    private Lossy() {
    }

    private static ItemContent withBody(ItemContent c, ItemBody body) {
        return new ItemContent(c.type(), c.name(), c.stem(), c.generalFeedback(), c.defaultPoints(), c.tags(), c.source(),
                c.author(), c.idnumber(), body);
    }

    static ItemContent withoutLocks(ItemContent c) {
        return c.body() instanceof ChoiceBody b ? withBody(c, new ChoiceBody(b.options().stream()
                .map(o -> new Choice(o.id(), o.text(), o.fraction(), o.feedback(), false)).toList())) : c;
    }

    static ItemContent withoutWeights(ItemContent c) {
        return c.body() instanceof MatchingBody b ? withBody(c, new MatchingBody(b.pairs().stream()
                .map(p -> new MatchPair(p.id(), p.left(), p.right(), BigDecimal.ONE)).toList())) : c;
    }

    static ItemContent withoutCase(ItemContent c) {
        return c.body() instanceof TextAnswerBody b ? withBody(c, new TextAnswerBody(b.answers(), false)) : c;
    }

    static ItemContent withoutEssayGuide(ItemContent c) {
        return c.body() instanceof EssayBody ? withBody(c, new EssayBody(RichText.EMPTY, RichText.EMPTY)) : c;
    }
}
