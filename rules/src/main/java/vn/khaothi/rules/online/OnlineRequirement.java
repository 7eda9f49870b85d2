package vn.khaothi.rules.online;

/** What an online periodic sitting still lacks (codes of the API contract). */
public enum OnlineRequirement {
    FORCE_MAJEURE_REASON,
    PRINCIPAL_AUTHORIZATION,
    LIVE_PROCTORING,
    WRITTEN_EXPLANATION
}
