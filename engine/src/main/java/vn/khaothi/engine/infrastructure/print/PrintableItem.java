package vn.khaothi.engine.infrastructure.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import vn.khaothi.itembank.application.assembly.PlacedItem;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.StatementsBody;

/**
 * One item as printed in a version.
 *
 * @param position 1-based position across the paper ("Câu 1.")
 * @param part     the blueprint part code; consecutive items of one part share a heading
 * @param type     decides the layout: options A–D, statements a)–d), or the stem alone
 * @param stemHtml sanitised HTML, math as LaTeX inside {@code \( \)} or {@code $$ $$}
 * @param choices  options (or true/false statements) as sanitised HTML, already in the version's order
 * @param points   what the item is worth on this paper (printed for essay items only, as on real papers)
 */
public record PrintableItem(int position, String part, ItemTypeCode type, String stemHtml, List<String> choices,
        BigDecimal points) {

    public PrintableItem {
        part = part == null ? "" : part;
        Objects.requireNonNull(type, "type");
        stemHtml = stemHtml == null ? "" : stemHtml;
        choices = List.copyOf(choices);
        points = points == null ? BigDecimal.ZERO : points;
    }

    /** The item of a version: options taken in the version's {@link PlacedItem#optionOrder()}. */
    public static PrintableItem of(PlacedItem placed, ItemContent content) {
        List<String> authored = List.of();
        if (content.body() instanceof ChoiceBody b) {
            authored = b.options().stream().map(o -> o.text().html()).toList();
        } else if (content.body() instanceof StatementsBody b) {
            authored = b.statements().stream().map(st -> st.text().html()).toList();
        } else if (content.body() instanceof OrderingBody b) {
            authored = b.sequence().stream().map(o -> o.text().html()).toList();
        }
        List<String> options = authored;
        List<String> ordered = placed.optionOrder().isEmpty() || placed.optionOrder().size() != authored.size()
                ? options
                : placed.optionOrder().stream().map(options::get).toList();
        return new PrintableItem(placed.position(), placed.part(), content.type(), content.stem().html(), ordered,
                placed.points());
    }
}
