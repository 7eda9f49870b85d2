package vn.khaothi.rules.tt22;

/**
 * How long a written or computer periodic test (kiểm tra định kì) may be (TT22 Art. 7).
 *
 * @param periodsPerYear periods of the subject in the school year
 * @param specialised    true for a specialised subject (môn chuyên) at a specialised school
 */
public record PeriodicDurationQuery(int periodsPerYear, boolean specialised) {
}
