package vn.khaothi.engine.application.sheet;

import java.util.Objects;

/**
 * One question as the answer sheet (phiếu trả lời) shows it.
 *
 * @param number  the number the paper prints ("Câu 17."), i.e. the item's position in the version
 * @param kind    which area of the sheet holds its bubbles
 * @param choices options (A, B, C…) of a CHOICE question, statements (a, b, c…) of a CLUSTER, digit
 *                columns of a SHORT answer; 0 for an ESSAY
 */
public record SheetQuestion(int number, Kind kind, int choices) {

    /** The areas of the 2025 format: Part I, Part II, Part III, and what the sheet does not bubble. */
    public enum Kind { CHOICE, CLUSTER, SHORT, ESSAY }

    public SheetQuestion {
        Objects.requireNonNull(kind, "kind");
        if (number < 1) {
            throw new IllegalArgumentException("question number must be positive: " + number);
        }
    }
}
