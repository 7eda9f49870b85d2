package vn.khaothi.itembank.application.assembly;

import java.util.Objects;
import java.util.Set;

import vn.khaothi.itembank.domain.blueprint.CellKey;

/**
 * What the assembler needs to know about one bank item; the application service maps bank items to
 * this so that assembly stays a plain library, independent of the item content model.
 *
 * @param itemId               the bank item
 * @param versionId            the item version that the paper freezes
 * @param published            only published items may be assembled; anything else is a caller bug
 * @param chapter              curriculum chapter code, matched exactly against blueprint cells
 * @param level                cognitive level code (e.g. NB, TH, VD, VDC), matched exactly
 * @param type                 item type code (e.g. SINGLE_CHOICE), matched exactly
 * @param difficulty           facility (p-value, share of students right) from item analysis; null when
 *                             the item has no statistics yet
 * @param enemyIds             items that must never share a paper version with this one (either side
 *                             may declare the pair)
 * @param recentExposure       how many recent papers used the item; 0 means fresh
 * @param optionCount          options (or statements) to order; 0 for items without options
 * @param lockedOptionIndexes  options that keep their index when the rest are shuffled ("all of the above")
 * @param keepOptionOrder      true when no option may move, e.g. the statements a–d of a true/false cluster
 * @param correctOptionIndexes the correct options by original index, to write the key in shuffled letters;
 *                             empty when the key is not an option (numeric, essay, clusters)
 */
public record CandidateItem(
        long itemId,
        long versionId,
        boolean published,
        String chapter,
        String level,
        String type,
        Double difficulty,
        Set<Long> enemyIds,
        int recentExposure,
        int optionCount,
        Set<Integer> lockedOptionIndexes,
        boolean keepOptionOrder,
        Set<Integer> correctOptionIndexes) {

    /** Option letters A–Z: more options than that cannot be printed as a key. */
    public static final int MAX_OPTIONS = 26;

    public CandidateItem {
        enemyIds = Set.copyOf(Objects.requireNonNull(enemyIds, "enemyIds"));
        lockedOptionIndexes = Set.copyOf(Objects.requireNonNull(lockedOptionIndexes, "lockedOptionIndexes"));
        correctOptionIndexes = Set.copyOf(Objects.requireNonNull(correctOptionIndexes, "correctOptionIndexes"));
        new CellKey(chapter, level, type); // validates the three texts
        if (recentExposure < 0) {
            throw new IllegalArgumentException("item " + itemId + ": recentExposure must not be negative");
        }
        if (optionCount < 0 || optionCount > MAX_OPTIONS) {
            throw new IllegalArgumentException("item " + itemId + ": optionCount must be within 0.." + MAX_OPTIONS);
        }
        if (difficulty != null && !(difficulty >= 0.0 && difficulty <= 1.0)) {
            throw new IllegalArgumentException("item " + itemId + ": difficulty is a p-value within 0..1");
        }
        requireIndexes(itemId, "lockedOptionIndexes", lockedOptionIndexes, optionCount);
        requireIndexes(itemId, "correctOptionIndexes", correctOptionIndexes, optionCount);
        if (enemyIds.contains(itemId)) {
            throw new IllegalArgumentException("item " + itemId + " cannot be its own enemy");
        }
    }

    public CellKey cellKey() {
        return new CellKey(chapter, level, type);
    }

    public boolean hasDifficulty() {
        return difficulty != null;
    }

    private static void requireIndexes(long itemId, String name, Set<Integer> indexes, int optionCount) {
        for (int index : indexes) {
            if (index < 0 || index >= optionCount) {
                throw new IllegalArgumentException("item " + itemId + ": " + name + " holds " + index
                        + " but the item has " + optionCount + " options");
            }
        }
    }
}
