package vn.khaothi.itembank.application.bank;

import java.util.List;
import vn.khaothi.itembank.application.importing.ImportMessage;

/** An import with problems: every problem with its line, and nothing stored (REST: 422 IMPORT_INVALID). */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportMessage> problems;
    private final transient List<ImportMessage> warnings;

    public ImportRejectedException(List<ImportMessage> problems, List<ImportMessage> warnings) {
        super("The file has " + problems.size() + " problem(s); nothing was imported");
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    public List<ImportMessage> problems() {
        return problems;
    }

    public List<ImportMessage> warnings() {
        return warnings;
    }
}
