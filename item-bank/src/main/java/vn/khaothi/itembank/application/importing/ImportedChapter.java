package vn.khaothi.itembank.application.importing;

/**
 * A chapter or category found in a file (chương / Moodle category / QTI section). {@code key} is
 * unique in the file and is what {@link ImportedItem#chapterKey()} refers to: a chapter code
 * ("C1"), or a category path without the context prefix ("Sigma/Tau").
 *
 * @param parentKey the enclosing chapter's key, or empty at the top
 */
public record ImportedChapter(String key, String title, String description, String idnumber, String parentKey) {

    public ImportedChapter {
        description = description == null ? "" : description;
        idnumber = idnumber == null ? "" : idnumber;
        parentKey = parentKey == null ? "" : parentKey;
    }
}
