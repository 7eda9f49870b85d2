package vn.khaothi.itembank.application.importing;

import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.ItemContent;

/**
 * One item read from a file, with where it came from.
 *
 * @param chapterKey the chapter it belongs to ({@link ImportedChapter#key()}), or empty when the
 *                   file did not say (the request's chapter applies)
 * @param level      the cognitive level when the file gives one (khaothi-json, Word), else null
 * @param line       the 1-based line where the item starts, 0 when unknown
 */
public record ImportedItem(String chapterKey, CognitiveLevel level, ItemContent content, int line) {

    public ImportedItem {
        chapterKey = chapterKey == null ? "" : chapterKey;
    }
}
