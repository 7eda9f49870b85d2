package vn.khaothi.rules.tt27;

/** Conclusion: whether a periodic test is taken (TT27). */
public record PeriodicTestRequirement(boolean required) {
}
