package vn.khaothi.itembank.application.bank;

import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.application.Problems;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.domain.Refusal;

/** An import with problems: every problem with its line, and nothing stored (REST: 422 IMPORT_INVALID). */
public class ImportRejectedException extends RuntimeException implements Refusal {

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

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String code() {
        return "IMPORT_INVALID";
    }

    /** Every problem with its line, element, message, and the code and parameters the pages translate. */
    @Override
    public Object details() {
        return problems.stream()
                .map(p -> Map.<String, Object>of("line", p.line(), "element", p.path(), "message", p.message(),
                        "code", Problems.code(p.message()), "params", Problems.params(p.message())))
                .toList();
    }
}
