package vn.khaothi.rules.online;

/**
 * Conclusion: why a remote request cannot go to the principal. {@code code} is
 * {@code NOT_NEEDED_FOR_REGULAR}, {@code RETEST_IN_PERSON}, {@code NOT_FORCE_MAJEURE} (official duty:
 * an in-person make-up), {@code FORCE_MAJEURE_REASON}, or — school policy — {@code SITTING_CLOSED},
 * {@code EVIDENCE}, {@code WRITTEN_EXPLANATION}.
 */
public record RemoteRequestObstacle(String code) {
}
