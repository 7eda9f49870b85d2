package vn.khaothi.itembank.application.assembly;

import java.util.List;

/**
 * An assembled paper: its versions in the order of the requested codes, the spread of their mean
 * difficulties (max − min; null without statistics) and the warnings for the subject group.
 */
public record AssemblyResult(AssemblyMode mode, List<PaperVersion> versions, Double difficultySpread,
        List<AssemblyWarning> warnings) {

    public AssemblyResult {
        versions = List.copyOf(versions);
        warnings = List.copyOf(warnings);
    }

    public PaperVersion version(String code) {
        return versions.stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no version " + code));
    }

    public boolean hasWarning(AssemblyWarning.Code code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }
}
