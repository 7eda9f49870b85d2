package vn.khaothi.itembank.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.khaothi.itembank.domain.workflow.ApprovalStatus;

/** One step of an item's approval history (lịch sử duyệt): who, when, from, to, and the note. */
@Entity
@Table(name = "bank_item_transition")
public class ItemTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "from_status", length = 20)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, length = 20)
    private String toStatus;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 1000)
    private String note;

    protected ItemTransition() {
    }

    public ItemTransition(Long itemId, ApprovalStatus from, ApprovalStatus to, String actor, LocalDateTime at, String note) {
        this.itemId = itemId;
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to.name();
        this.actor = actor;
        this.at = at;
        this.note = note == null ? "" : note.length() > 1000 ? note.substring(0, 1000) : note;
    }

    public Long itemId() {
        return itemId;
    }

    public ApprovalStatus from() {
        return fromStatus == null ? null : ApprovalStatus.valueOf(fromStatus);
    }

    public ApprovalStatus to() {
        return ApprovalStatus.valueOf(toStatus);
    }

    public String actor() {
        return actor;
    }

    public LocalDateTime at() {
        return at;
    }

    public String note() {
        return note;
    }
}
