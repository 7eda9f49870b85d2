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

    protected ItemTag() {
    }

    ItemTag(String key, String tag) {
        this.key = key;
        this.tag = tag;
    }

    public String key() {
        return key;
    }

    public String tag() {
        return tag;
    }
}
