package vn.khaothi.rules.tt22;

/** Conclusion: the semester or year result of a commentary-only subject (TT22 Art. 9.1.a). */
public record CommentaryOutcome(CommentaryResult result) {
}
