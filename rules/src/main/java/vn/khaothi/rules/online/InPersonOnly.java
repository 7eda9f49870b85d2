package vn.khaothi.rules.online;

/** Conclusion: this assessment is taken in person whatever the circumstances (a retest). */
public record InPersonOnly() {
}
