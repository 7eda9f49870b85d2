package vn.khaothi.itembank.infrastructure.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.itemtype.ItemType;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/**
 * Every HTML text of an item (stem, feedback, options, …): where its pictures may be. The body's texts are the item
 * type's business ({@link ItemType#mapTexts}); this adds the stem and the general feedback.
 */
public final class ItemTexts {

    private ItemTexts() {
    }

    public static List<String> all(ItemContent c) {
        List<String> out = new ArrayList<>(List.of(c.stem().html(), c.generalFeedback().html()));
        ItemTypes.forBody(c.body()).mapTexts(c.body(), t -> {
            out.add(t.html());
            return t;
        });
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The content with {@code f} applied to every HTML text (stem, feedback, options …); the rest unchanged. */
    public static ItemContent map(ItemContent c, UnaryOperator<String> f) {
        UnaryOperator<RichText> r = t -> t.isEmpty() ? t : RichText.html(f.apply(t.html()));
        ItemBody mapped = ItemTypes.forBody(c.body()).mapTexts(c.body(), r);
        return new ItemContent(c.type(), c.name(), r.apply(c.stem()), r.apply(c.generalFeedback()), c.defaultPoints(), c.tags(),
                c.source(), c.author(), c.idnumber(), mapped);
    }
}
