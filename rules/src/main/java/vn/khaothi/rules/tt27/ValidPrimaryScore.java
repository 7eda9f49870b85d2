package vn.khaothi.rules.tt27;

/** Conclusion: the primary score named by {@code field} is acceptable. */
public record ValidPrimaryScore(String field) {
}
