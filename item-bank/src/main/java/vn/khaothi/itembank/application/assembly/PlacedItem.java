package vn.khaothi.itembank.application.assembly;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item as it stands in a version.
 *
 * @param position    1-based position in the version, counted across parts
 * @param part        the blueprint part code
 * @param itemId      the bank item
 * @param versionId   the frozen item version
 * @param points      what the item is worth on this paper (from the blueprint cell)
 * @param optionOrder {@code optionOrder.get(p)} is the original index of the option shown at position
 *                    {@code p}; the identity for items whose options must not move; empty without options
 */
public record PlacedItem(int position, String part, long itemId, long versionId, BigDecimal points,
        List<Integer> optionOrder) {

    public PlacedItem {
        optionOrder = List.copyOf(optionOrder);
    }
}
