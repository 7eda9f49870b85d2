package vn.khaothi.rules.tt22;

import java.util.List;

/**
 * Conclusion: promoted or not (TT22 Art. 11), with the unmet conditions
 * ({@code LEARNING_RESULT}, {@code CONDUCT_RESULT}, {@code ABSENCE}).
 */
public record Promotion(boolean promoted, List<String> unmet) {

    public Promotion {
        unmet = List.copyOf(unmet);
    }
}
