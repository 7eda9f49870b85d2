package vn.khaothi.itembank.application.exporting;

import vn.khaothi.itembank.domain.item.ItemContent;

/** An item to write, with the chapter key it is filed under (written as a category/section). */
public record ExportItem(String chapterKey, ItemContent content) {

    public ExportItem {
        chapterKey = chapterKey == null ? "" : chapterKey;
    }
}
