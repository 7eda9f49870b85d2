package vn.khaothi.itembank.application.importing;

import java.util.List;

/**
 * The outcome of an import, all or nothing: either {@link #accepted()} with every item of the file,
 * or rejected with every problem found and <em>no</em> items. Warnings (e.g. a Moodle description
 * that is not a question) never block an import and are reported either way.
 *
 * @param subject the subject the file declares (khaothi-json), or empty
 * @param grade   the grade the file declares (khaothi-json), or 0
 */
public record ImportResult(List<ImportedItem> items, List<ImportedChapter> chapters, List<ImportMessage> warnings,
                           List<ImportMessage> problems, String subject, int grade) {

    public ImportResult {
        problems = List.copyOf(problems);
        items = problems.isEmpty() ? List.copyOf(items) : List.of();
        chapters = problems.isEmpty() ? List.copyOf(chapters) : List.of();
        warnings = List.copyOf(warnings);
        subject = subject == null ? "" : subject;
    }

    public static ImportResult rejected(List<ImportMessage> problems, List<ImportMessage> warnings) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        return new ImportResult(List.of(), List.of(), warnings, problems, "", 0);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
