package vn.khaothi.itembank.application.assembly;

/**
 * One blueprint cell that the bank cannot fill.
 *
 * @param needed    items the cell needs: count, or count × versions for parallel forms without sharing
 * @param available usable items of the cell in the bank (fresh ones only under
 *                  {@link ExposurePolicy#EXCLUDE_EXPOSED})
 */
public record CellShortage(String chapter, String level, String type, int needed, int available, Reason reason) {

    public enum Reason {
        /** Fewer items than one version needs. */
        TOO_FEW_ITEMS,
        /** Enough for one version, not for every version of parallel forms, and sharing was not allowed. */
        TOO_FEW_FOR_PARALLEL_FORMS,
        /** Enough items, but enemy pairs leave no way to place them all. */
        ENEMY_CONFLICTS
    }

    @Override
    public String toString() {
        return chapter + " / " + level + " / " + type + ": needs " + needed + ", " + available + " available ("
                + reason + ")";
    }
}
