package vn.khaothi.itembank.application.bank;

import vn.khaothi.itembank.domain.item.CognitiveLevel;

/**
 * Where an import goes: the subject and grade (a khaothi-json file may declare them itself), the
 * chapter for items the file does not place, and the level for items the file gives none.
 */
public record ImportTarget(String subject, Integer grade, String chapter, CognitiveLevel level) {

    public ImportTarget {
        subject = subject == null || subject.isBlank() ? null : subject.strip().toUpperCase(java.util.Locale.ROOT);
        chapter = chapter == null || chapter.isBlank() ? null : chapter.strip();
    }
}
