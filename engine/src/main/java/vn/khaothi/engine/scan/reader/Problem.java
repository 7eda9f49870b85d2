package vn.khaothi.engine.scan.reader;

import java.util.Objects;

/**
 * One problem of a read sheet.
 *
 * @param question the question number printed on the sheet, or null for the sheet as a whole
 */
public record Problem(Integer question, ProblemKind kind) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
    }
}
