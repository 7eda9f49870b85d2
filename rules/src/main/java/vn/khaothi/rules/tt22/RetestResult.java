package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/** The outcome of a retest of one subject: a score for a scored subject, or a commentary result. */
public record RetestResult(String subject, BigDecimal score, CommentaryResult commentary) {

    public static RetestResult scored(String subject, BigDecimal score) {
        return new RetestResult(subject, score, null);
    }

    public static RetestResult commentary(String subject, CommentaryResult result) {
        return new RetestResult(subject, null, result);
    }
}
