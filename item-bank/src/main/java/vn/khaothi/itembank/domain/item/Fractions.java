package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;

/**
 * Grades as a share of full marks (1 = 100 %), the way Moodle and QTI mappings express partial
 * credit. Values are kept without trailing zeros so that {@code 1}, {@code 1.0} and {@code 1.00}
 * compare equal in value objects.
 */
public final class Fractions {

    public static final BigDecimal FULL = BigDecimal.ONE;
    public static final BigDecimal NONE = BigDecimal.ZERO;

    private Fractions() {
    }

    public static BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // 1e999999999 would be expanded into a billion digits; such a number is refused by
        // ContentLimits anyway, so it is kept in its short form rather than expanded.
        boolean huge = (long) stripped.precision() - stripped.scale() > 100;
        return stripped.scale() < 0 && !huge ? stripped.setScale(0) : stripped;
    }

    /** A percentage such as Moodle's {@code 33.33333} as a fraction {@code 0.3333333}. */
    public static BigDecimal fromPercent(BigDecimal percent) {
        return normalise(percent.movePointLeft(2));
    }

    public static BigDecimal toPercent(BigDecimal fraction) {
        return normalise(fraction.movePointRight(2));
    }
}
