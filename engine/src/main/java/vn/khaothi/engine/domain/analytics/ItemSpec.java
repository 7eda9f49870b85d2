package vn.khaothi.engine.domain.analytics;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One item of an analysed sitting (câu hỏi trong bài kiểm tra) as the analysis needs it.
 *
 * @param position    the item's place on the first version that holds it (the order of the report)
 * @param itemId      the bank item
 * @param itemVersion the bank item's version number the paper pinned, or null when unknown
 * @param type        the item type code (SINGLE_CHOICE, ESSAY…)
 * @param maxPoints   what the item is worth on the paper (&gt; 0)
 * @param optionIds   the bank item's own option ids in authored order (choice items), else empty
 * @param keyIds      the options that earn credit
 */
public record ItemSpec(int position, long itemId, Integer itemVersion, String type, double maxPoints,
                       List<String> optionIds, Set<String> keyIds) {

    /** Options are remembered per response as a bit mask, so an item has at most 31 of them. */
    public static final int MAX_OPTIONS = 31;

    public ItemSpec {
        Objects.requireNonNull(type, "type");
        optionIds = List.copyOf(optionIds);
        keyIds = Set.copyOf(keyIds);
        if (!(maxPoints > 0)) {
            throw new IllegalArgumentException("item " + itemId + ": maxPoints must be positive");
        }
        if (optionIds.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("item " + itemId + ": more than " + MAX_OPTIONS + " options");
        }
    }

    public boolean hasOptions() {
        return !optionIds.isEmpty();
    }
}
