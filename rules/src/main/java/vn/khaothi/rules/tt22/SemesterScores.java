package vn.khaothi.rules.tt22;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scores of one scored subject in one semester: regular assessments (ĐĐGtx), the midterm
 * (ĐĐGgk) and the end-of-term (ĐĐGck), TT22 Art. 6, 7, 9.1.b.
 */
public record SemesterScores(List<BigDecimal> regular, BigDecimal midterm, BigDecimal finalScore) {

    public SemesterScores {
        regular = List.copyOf(regular);
    }

    public BigDecimal regularSum() {
        return regular.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int regularCount() {
        return regular.size();
    }
}
