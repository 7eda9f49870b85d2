package vn.khaothi.rules.tt22;

/** Conclusion: the score named by {@code field} is acceptable on its scale. */
public record ValidScore(String field) {
}
