package vn.khaothi.rules.tt22;

/**
 * Conclusion: the inputs contradict each other (e.g. a summer conduct re-assessment for a student
 * whose year conduct was not CHUA_DAT); the facade refuses them naming {@code field}.
 */
public record ContradictoryFact(String field, String message) {
}
