package vn.khaothi.rules.online;

/** Conclusion: the remote request is complete and goes to the principal's decision. */
public record RemoteRequestEligible() {
}
