package vn.khaothi.engine.application.people;

/** A created account's username and initial password, shown once to the administrator. */
public record InitialCredential(String username, String password) {
}
