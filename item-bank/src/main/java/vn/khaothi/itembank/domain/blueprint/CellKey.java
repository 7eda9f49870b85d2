package vn.khaothi.itembank.domain.blueprint;

import java.util.Objects;

/**
 * What a blueprint cell asks for and what a bank item offers: chapter, cognitive level and item type.
 * Two cells of one blueprint never share a key, so every bank item fits at most one cell.
 */
public record CellKey(String chapter, String level, String itemType) implements Comparable<CellKey> {

    public CellKey {
        requireText(chapter, "chapter");
        requireText(level, "level");
        requireText(itemType, "itemType");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    @Override
    public int compareTo(CellKey other) {
        int byChapter = chapter.compareTo(other.chapter);
        if (byChapter != 0) {
            return byChapter;
        }
        int byLevel = level.compareTo(other.level);
        return byLevel != 0 ? byLevel : itemType.compareTo(other.itemType);
    }

    @Override
    public String toString() {
        return chapter + " / " + level + " / " + itemType;
    }
}
