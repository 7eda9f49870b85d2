package vn.khaothi.engine.application.people;

import java.util.List;

/** An import with problems: nothing was stored; every problem is listed with its line. */
public class ImportRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " problem(s); nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
