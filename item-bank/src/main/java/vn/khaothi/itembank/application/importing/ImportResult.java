package vn.khaothi.itembank.application.importing;

import java.util.List;

/**
 * The outcome of an import, all or nothing: either {@link #accepted()} with every item of the file,
 * or rejected with every problem found and <em>no</em> items. Warnings (e.g. a Moodle description
 * that is not a question) never block an import and are reported either way.
 *
 * <p>{@code readable} serves the explicit "valid items only" import ({@link ItemImport#validOnly}):
 * the items that were read without a problem — on acceptance all of them, on a rejection those a
 * reader could still read whole (readers that do not say give none). {@code chapters} are kept on
 * a rejection for the same reason.
 *
 * @param subject the subject the file declares (khaothi-json), or empty
 * @param grade   the grade the file declares (khaothi-json), or 0
 */
public record ImportResult(List<ImportedItem> items, List<ImportedChapter> chapters, List<ImportMessage> warnings,
                           List<ImportMessage> problems, String subject, int grade, List<ImportedItem> readable) {

    public ImportResult {
        problems = List.copyOf(problems);
        items = problems.isEmpty() ? List.copyOf(items) : List.of();
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
        readable = problems.isEmpty() ? items : List.copyOf(readable);
        subject = subject == null ? "" : subject;
    }

    /** All or nothing, as every reader answered before valid-only imports existed. */
    public ImportResult(List<ImportedItem> items, List<ImportedChapter> chapters, List<ImportMessage> warnings,
                        List<ImportMessage> problems, String subject, int grade) {
        this(items, chapters, warnings, problems, subject, grade, List.of());
    }

    public static ImportResult rejected(List<ImportMessage> problems, List<ImportMessage> warnings) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        return new ImportResult(List.of(), List.of(), warnings, problems, "", 0);
    }

    /**
     * Rejected as a whole (when {@code problems} is not empty) but with the items that were read
     * whole, for a valid-only import; accepted when there is no problem.
     */
    public static ImportResult partial(List<ImportedItem> readable, List<ImportedChapter> chapters,
                                       List<ImportMessage> warnings, List<ImportMessage> problems) {
        return new ImportResult(readable, chapters, warnings, problems, "", 0, readable);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
