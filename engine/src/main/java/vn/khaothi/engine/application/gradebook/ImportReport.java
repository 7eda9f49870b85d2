package vn.khaothi.engine.application.gradebook;

import java.util.List;

/**
 * What an import of a sheet (CSV or Excel) wrote: {@code written} cells changed out of {@code cells}
 * read, and a notice per cell whose value was rounded to the school's step.
 */
public record ImportReport(int written, int cells, List<String> rounded) {

    public ImportReport {
        rounded = List.copyOf(rounded);
    }
}
