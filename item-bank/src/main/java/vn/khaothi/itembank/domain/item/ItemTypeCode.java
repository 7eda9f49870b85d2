package vn.khaothi.itembank.domain.item;

/**
 * The kind of an item (dạng câu hỏi), as named in the public API. Each code has exactly one
 * {@link vn.khaothi.itembank.domain.itemtype.ItemType} plug-in that validates, renders and scores it.
 */
public enum ItemTypeCode {
    SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, TRUE_FALSE_CLUSTER, SHORT_NUMERIC, SHORT_TEXT,
    MATCHING, ORDERING, CLOZE, ESSAY
}
