package vn.khaothi.engine.application.people;

/** One problem of an import: the 1-based line (the header is line 1) and what is wrong. */
public record ImportProblem(int line, String message) {
}
