package vn.khaothi.itembank.application.assembly;

/** Something the subject group should know before approving the paper; the paper is still valid. */
public record AssemblyWarning(Code code, String cell, String message) {

    public enum Code {
        /** The cell used items that recent papers used, because it had too few fresh ones. */
        EXPOSED_ITEMS_USED,
        /** Parallel forms: the cell had fewer than count × versions items, so versions share some. */
        ITEMS_SHARED_BETWEEN_VERSIONS,
        /** No item had difficulty statistics, so difficulty could not be balanced. */
        NO_DIFFICULTY_STATISTICS,
        /** Some items had no statistics; the versions' means cover only the items that have them. */
        PARTIAL_DIFFICULTY_STATISTICS,
        /** Parallel forms: the versions' mean difficulties differ by more than the target. */
        DIFFICULTY_SPREAD_ABOVE_TARGET,
        /** Every item of the cell that has statistics is too hard (facility below FacilityBands.TOO_HARD_BELOW). */
        CELL_ITEMS_TOO_HARD,
        /** Every item of the cell that has statistics is too easy (facility above FacilityBands.TOO_EASY_ABOVE). */
        CELL_ITEMS_TOO_EASY
    }

    @Override
    public String toString() {
        return code + (cell == null ? "" : " [" + cell + "]") + ": " + message;
    }
}
