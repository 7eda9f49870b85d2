package vn.khaothi.itembank.application.assembly;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.khaothi.itembank.domain.Refusal;

/**
 * The bank cannot meet the blueprint. Lists every short cell, not only the first, so that the subject
 * group can fix the bank (or the blueprint) in one go; the API answers 422 BLUEPRINT_UNMET with them.
 */
public class BlueprintUnmetException extends RuntimeException implements Refusal {

    private final transient List<CellShortage> shortages;

    public BlueprintUnmetException(List<CellShortage> shortages) {
        super("blueprint unmet: " + shortages.stream().map(CellShortage::toString).collect(Collectors.joining("; ")));
        this.shortages = List.copyOf(shortages);
    }

    public List<CellShortage> shortages() {
        return shortages;
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String code() {
        return "BLUEPRINT_UNMET";
    }

    @Override
    public String message() {
        return "Ngân hàng không đủ câu hỏi cho " + shortages.size() + " ô của ma trận / the bank is short for "
                + shortages.size() + " blueprint cell(s)";
    }

    /** Every short cell: needed against available, and why. */
    @Override
    public Object details() {
        return shortages.stream()
                .map(s -> Map.<String, Object>of("chapter", s.chapter(), "level", s.level(), "type", s.type(),
                        "needed", s.needed(), "available", s.available(), "reason", s.reason().name()))
                .toList();
    }
}
