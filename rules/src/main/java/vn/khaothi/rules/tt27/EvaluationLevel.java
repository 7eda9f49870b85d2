package vn.khaothi.rules.tt27;

/** Conclusion: the year-end evaluation TT27 Art. 9.2.a gives (before completion, Art. 11). */
public record EvaluationLevel(PrimaryEvaluation evaluation) {
}
