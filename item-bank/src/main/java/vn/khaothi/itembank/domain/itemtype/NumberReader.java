package vn.khaothi.itembank.domain.itemtype;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a typed number. Vietnamese writes the decimal separator as a comma, so "0,5" and "0.5"
 * are both 0.5; spaces are ignored. A text with both separators is refused rather than guessed.
 */
final class NumberReader {

    private NumberReader() {
    }

    static Optional<BigDecimal> read(String typed) {
        String t = typed.replaceAll("\\s+", "").replace('−', '-');
        if (t.isEmpty() || (t.indexOf(',') >= 0 && t.indexOf('.') >= 0)) {
            return Optional.empty();
        }
        t = t.replace(',', '.');
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }
}
