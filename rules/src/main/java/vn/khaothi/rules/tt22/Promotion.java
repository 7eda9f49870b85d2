package vn.khaothi.rules.tt22;

import java.util.List;

/**
 * Conclusion: promoted or not (lên lớp, TT22 Art. 12), with the unmet conditions
 * ({@code LEARNING_RESULT}, {@code CONDUCT_RESULT}, {@code ABSENCE}) and what follows for a student
 * who is not (yet) promoted ({@code SUMMER_CONDUCT_TRAINING}, Art. 13; {@code RETEST}, Art. 14).
 */
public record Promotion(boolean promoted, List<String> unmet, List<String> nextSteps) {

    public Promotion {
        unmet = List.copyOf(unmet);
        nextSteps = List.copyOf(nextSteps);
    }

    /** Without next steps, as the first version of this record was built. */
    public Promotion(boolean promoted, List<String> unmet) {
        this(promoted, unmet, List.of());
    }
}
