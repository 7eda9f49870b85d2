package vn.khaothi.itembank.application.assembly;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The bank cannot meet the blueprint. Lists every short cell, not only the first, so that the subject
 * group can fix the bank (or the blueprint) in one go; the API answers 422 BLUEPRINT_UNMET with them.
 */
public class BlueprintUnmetException extends RuntimeException {

    private final transient List<CellShortage> shortages;

    public BlueprintUnmetException(List<CellShortage> shortages) {
        super("blueprint unmet: " + shortages.stream().map(CellShortage::toString).collect(Collectors.joining("; ")));
        this.shortages = List.copyOf(shortages);
    }

    public List<CellShortage> shortages() {
        return shortages;
    }
}
