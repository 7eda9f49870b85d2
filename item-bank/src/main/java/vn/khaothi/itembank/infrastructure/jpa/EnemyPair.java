package vn.khaothi.itembank.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Two items that must never share a paper (câu hỏi "kị nhau", e.g. one gives away the other's
 * answer). Stored once per pair, the lower id first.
 */
@Entity
@Table(name = "bank_item_enemy")
@IdClass(EnemyPair.Key.class)
public class EnemyPair {

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Column(name = "enemy_id")
    private Long enemyId;

    protected EnemyPair() {
    }

    public EnemyPair(long a, long b) {
        if (a == b) {
            throw new IllegalArgumentException("an item cannot be its own enemy");
        }
        this.itemId = Math.min(a, b);
        this.enemyId = Math.max(a, b);
    }

    public Long itemId() {
        return itemId;
    }

    public Long enemyId() {
        return enemyId;
    }

    /** The other item of the pair. */
    public long other(long id) {
        return itemId == id ? enemyId : itemId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long itemId;
        public Long enemyId;

        public Key() {
        }

        public Key(long a, long b) {
            this.itemId = Math.min(a, b);
            this.enemyId = Math.max(a, b);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(itemId, k.itemId) && Objects.equals(enemyId, k.enemyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, enemyId);
        }
    }
}
