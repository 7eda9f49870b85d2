package vn.khaothi.itembank.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A tag of an item as written, with its folded key (what the tag filter matches). */
@Embeddable
public class ItemTag {

    @Column(name = "tag_key", nullable = false, length = 150)
    private String key;

    @Column(name = "tag", nullable = false, length = 150)
    private String tag;

    /** Copied from the item so that a tag filter within a subject and grade is one index range. */
    @Column(name = "subject_code", nullable = false, length = 40)
    private String subjectCode;

    @Column(nullable = false)
    private int grade;

    protected ItemTag() {
    }

    ItemTag(String key, String tag, String subjectCode, int grade) {
        this.key = key;
        this.tag = tag;
        this.subjectCode = subjectCode;
        this.grade = grade;
    }

    public String key() {
        return key;
    }

    public String tag() {
        return tag;
    }
}
