package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/**
 * Conclusion: an entered score with more than one decimal is taken to one decimal, rounded half-up
 * (TT22 Art. 5.3.b): 8.25 is stored and used as 8.3.
 *
 * @param field   the caller's name for the input
 * @param entered the score as entered
 * @param stored  the score as it is stored and used
 */
public record RoundedScore(String field, BigDecimal entered, BigDecimal stored) {
}
