package vn.khaothi.rules;

import java.util.List;

/**
 * What the regulations concluded (quyết định), with the reasons and the citations of every rule
 * that fired, so that a principal can see why.
 *
 * @param value     the conclusion (a score, a level, a permission, …)
 * @param reasons   the reasons in the order the rules fired
 * @param citations the distinct citations of the rules that fired, in firing order
 * @param <T>       the type of the conclusion
 */
public record Decision<T>(T value, List<Reason> reasons, List<String> citations) {

    public Decision {
        reasons = List.copyOf(reasons);
        citations = List.copyOf(citations);
    }

    /** The same reasons and citations with another value, for a conclusion derived from this one. */
    public <U> Decision<U> withValue(U newValue) {
        return new Decision<>(newValue, reasons, citations);
    }
}
