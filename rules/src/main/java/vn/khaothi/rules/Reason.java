package vn.khaothi.rules;

/**
 * One human-readable step of a decision (lí do), in Vietnamese and English, with the rule that
 * produced it and that rule's citation.
 *
 * @param rule     the DRL rule name that fired
 * @param citation the regulation clause the rule applies, e.g. {@code "TT22 Art. 9.1.b"}
 * @param vi       the explanation in Vietnamese
 * @param en       the explanation in English
 */
public record Reason(String rule, String citation, String vi, String en) {
}
