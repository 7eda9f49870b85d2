package vn.khaothi.itembank.application.importing;

import java.util.List;

/**
 * A valid-only import: {@code valid} is an accepted result with the items that passed every check,
 * {@code problems} lists the rest (each with its line, element path and message), {@code skipped}
 * how many questions or places were left out.
 */
public record PartialImport(ImportResult valid, List<ImportMessage> problems, int skipped) {

    public PartialImport {
        problems = List.copyOf(problems);
    }
}
