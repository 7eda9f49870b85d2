package vn.khaothi.engine.domain.gradebook;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one gradebook cell (ô điểm) holds: a score, a commentary verdict ({@code D} / {@code CD}),
 * or nothing. At most one of the two is set.
 */
public record CellValue(BigDecimal score, String verdict) {

    public static final CellValue EMPTY = new CellValue(null, null);

    public CellValue {
        if (score != null && verdict != null) {
            throw new IllegalArgumentException("a cell holds a score or a verdict, not both");
        }
    }

    public static CellValue score(BigDecimal score) {
        return new CellValue(Objects.requireNonNull(score, "score"), null);
    }

    public static CellValue verdict(String verdict) {
        return new CellValue(null, Objects.requireNonNull(verdict, "verdict"));
    }

    public boolean isEmpty() {
        return score == null && verdict == null;
    }

    /** The JSON value: a number, "D"/"CD", or null. */
    public Object json() {
        return score != null ? score : verdict;
    }

    /** As the history and the exports print it: {@code 8.5}, {@code D}, or empty. */
    public String text() {
        return score != null ? score.toPlainString() : verdict == null ? "" : verdict;
    }

    public boolean sameAs(CellValue other) {
        if (score != null) {
            return other.score != null && score.compareTo(other.score) == 0;
        }
        return Objects.equals(verdict, other.verdict) && other.score == null;
    }
}
