package vn.khaothi.rules.tt22;

/** The semester results of a commentary-only subject, from which its year result follows. */
public record CommentaryYear(CommentaryResult semester1, CommentaryResult semester2) {
}
