package vn.khaothi.itembank.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;

/**
 * One saved version of an item's content (phiên bản), never changed once written; papers pin a
 * version so that later edits do not change a paper already given.
 */
@Entity
@Table(name = "bank_item_version")
public class ItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false, length = 4)
    private String level;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String content;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false, length = 1000)
    private String note;

    protected ItemVersion() {
    }

    public ItemVersion(Long itemId, int versionNo, CognitiveLevel level, ItemContent content, String createdBy,
                       LocalDateTime createdAt, String note) {
        this.itemId = itemId;
        this.versionNo = versionNo;
        this.level = level.name();
        this.content = ItemContentJson.write(content);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.note = note == null ? "" : note.length() > 1000 ? note.substring(0, 1000) : note;
    }

    public Long id() {
        return id;
    }

    public Long itemId() {
        return itemId;
    }

    public int versionNo() {
        return versionNo;
    }

    public CognitiveLevel level() {
        return CognitiveLevel.valueOf(level);
    }

    public ItemContent content() {
        return ItemContentJson.read(content);
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String note() {
        return note;
    }
}
