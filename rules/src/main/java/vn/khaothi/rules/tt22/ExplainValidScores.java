package vn.khaothi.rules.tt22;

/**
 * Marker fact: the caller asked to validate scores, so valid ones are explained too. Without it
 * (a score checked on the way into an average) only violations speak.
 */
public record ExplainValidScores() {
}
