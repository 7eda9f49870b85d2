package vn.khaothi.rules.online;

/** Conclusion: an online periodic sitting lacks this requirement. */
public record MissingRequirement(OnlineRequirement requirement) {
}
