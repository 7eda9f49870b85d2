package vn.khaothi.itembank.application.exporting;

import vn.khaothi.itembank.domain.item.ItemContent;

/**
 * An item to write, with where it is filed (written as a category path or nested sections) and its
 * bank id (QTI identifiers, and how warnings and refusals name it).
 *
 * @param chapterKey the chapter's code, "" when none
 * @param lessonKey  the lesson's code within the chapter, "" when none
 * @param bankId     the item's id in the bank, null for items that are not stored (tests, previews)
 */
public record ExportItem(String chapterKey, ItemContent content, String lessonKey, Long bankId) {

    public ExportItem {
        chapterKey = chapterKey == null ? "" : chapterKey;
        lessonKey = lessonKey == null ? "" : lessonKey;
    }

    public ExportItem(String chapterKey, ItemContent content) {
        this(chapterKey, content, "", null);
    }

    /** The category path below {@code top}: "chapter" or "chapter/lesson". */
    public String categoryPath() {
        return lessonKey.isEmpty() || chapterKey.isEmpty() ? chapterKey : chapterKey + "/" + lessonKey;
    }

    /** How messages name the item: "item 123" (its bank id) or, for items not stored, "item 4 of the selection". */
    public String label(int index) {
        String name = content.name().isEmpty() ? "" : " \"" + content.name() + "\"";
        return (bankId != null ? "item " + bankId : "item " + (index + 1) + " of the selection") + name;
    }
}
