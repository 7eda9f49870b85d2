package vn.khaothi.itembank.application.bank;

import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.ItemContent;

/**
 * A new item or a new version of one, as a teacher wrote it.
 *
 * @param chapter the chapter code; on an edit, null keeps the item where it is
 * @param lesson  a lesson code inside the chapter, or null
 */
public record ItemDraft(String subject, Integer grade, String chapter, String lesson, CognitiveLevel level,
                        ItemContent content, String note) {
}
