package vn.khaothi.engine.application.paper;

import java.math.BigDecimal;
import java.util.List;
import vn.khaothi.itembank.domain.item.ItemContent;

/**
 * One item as it stands in a version: what the student is shown comes from
 * {@code ItemTypes.of(content.type()).renderForStudent(content, optionOrder, points)} and the score
 * from {@code score(content, response, points)}.
 *
 * @param position      1-based position in the version
 * @param itemId        the bank item (the id students answer by)
 * @param itemVersionId the frozen item version the paper pinned
 * @param points        what the item is worth on this paper
 * @param optionOrder   the ids of options (statements, elements…) in this version's order; empty
 *                      for the content's own order
 * @param content       the pinned version's content, key included (never sent to a student)
 */
public record DeliverableItem(int position, long itemId, long itemVersionId, BigDecimal points,
                              List<String> optionOrder, ItemContent content) {

    public DeliverableItem {
        optionOrder = List.copyOf(optionOrder);
    }
}
