package vn.khaothi.rules;

/** Conclusion of a {@link PhaseInQuery}: whether the circular of the rule package applies. */
public record InForce(boolean inForce) {
}
