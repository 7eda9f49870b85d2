package vn.khaothi.itembank.application.exporting;

import java.util.ArrayList;
import java.util.List;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * Writes a selection of items in one file format. Implementations live in
 * {@code infrastructure.format.<format>} beside the matching reader, so that
 * reading what was written gives the same content back for every type the format expresses.
 */
public interface ItemWriter {

    ItemFormat format();

    /** The item types this format can express. */
    List<ItemTypeCode> expresses();

    /**
     * @throws ExportNotPossibleException when an item's type is not in {@link #expresses()}
     */
    ExportResult write(List<ExportItem> items);

    /** Refuses a selection with types this writer cannot express, naming each item. */
    default void requireExpressible(List<ExportItem> items) {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemContent c = items.get(i).content();
            if (!expresses().contains(c.type())) {
                reasons.add(items.get(i).label(i) + " is " + c.type() + ", which " + format().code() + " cannot express");
            }
        }
        if (!reasons.isEmpty()) {
            throw new ExportNotPossibleException(reasons);
        }
    }
}
