package vn.khaothi.itembank.application.assembly;

/** How the versions (mã đề) of one paper relate to each other. */
public enum AssemblyMode {
    /** Every version holds the same items; only item order (within parts) and option order differ. */
    SAME_ITEMS,
    /**
     * Each version holds its own items, as far as the bank allows; difficulty is balanced across
     * versions when items have statistics.
     */
    PARALLEL_FORMS
}
