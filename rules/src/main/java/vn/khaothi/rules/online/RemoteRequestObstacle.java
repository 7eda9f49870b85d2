package vn.khaothi.rules.online;

/**
 * Conclusion: why a remote request cannot go to the principal. {@code code} is
 * {@code NOT_NEEDED_FOR_REGULAR}, {@code SITTING_CLOSED}, {@code FORCE_MAJEURE_REASON},
 * {@code EVIDENCE} or {@code WRITTEN_EXPLANATION}.
 */
public record RemoteRequestObstacle(String code) {
}
