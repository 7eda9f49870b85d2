package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/**
 * The year result of one subject: a year average (ĐTBmcn) for a scored subject, or a commentary
 * result for a commentary-only one; exactly one of the two is set.
 */
public record SubjectYearResult(String subject, BigDecimal average, CommentaryResult commentary) {

    public static SubjectYearResult scored(String subject, BigDecimal average) {
        return new SubjectYearResult(subject, average, null);
    }

    public static SubjectYearResult commentary(String subject, CommentaryResult result) {
        return new SubjectYearResult(subject, null, result);
    }

    public boolean isScored() {
        return average != null;
    }
}
