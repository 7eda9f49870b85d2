package vn.khaothi.rules.online;

/** Conclusion: the assessment may be taken online. */
public record OnlineAllowed() {
}
