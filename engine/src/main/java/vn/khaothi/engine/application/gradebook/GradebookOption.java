package vn.khaothi.engine.application.gradebook;

import java.util.List;

/**
 * A class whose gradebook (sổ điểm) a person may open, with the subjects they may read, for the
 * gradebook and results pages' choosers.
 *
 * @param homeroom the person is the class's homeroom teacher
 */
public record GradebookOption(String classCode, int grade, boolean homeroom, List<Subject> subjects) {

    public GradebookOption {
        subjects = List.copyOf(subjects);
    }

    /** A subject of the class; {@code writable} when the person teaches it there. */
    public record Subject(String code, String name, boolean writable) {
    }
}
