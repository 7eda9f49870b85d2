package vn.khaothi.engine.domain.sitting;

/**
 * A student of a sitting's roster (thí sinh): the database id, the username (the contract's
 * {@code studentId}) and the student code, by which versions are dealt.
 */
public record Candidate(long studentId, String username, String code) {
}
