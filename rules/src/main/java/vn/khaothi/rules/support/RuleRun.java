package vn.khaothi.rules.support;

import java.util.List;
import java.util.Optional;

import vn.khaothi.rules.Decision;

/**
 * The facts left in working memory after a session fired, plus its trace.
 */
public record RuleRun(List<Object> facts, DecisionTrace trace) {

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> Optional<T> first(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The single conclusion of that type; its absence means a rule is missing, a bug, not bad input. */
    public <T> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new IllegalStateException("expected exactly one " + type.getSimpleName()
                    + " but the rules concluded " + found + " (fired: " + trace.firedRules() + ")");
        }
        return found.get(0);
    }

    public <T> Decision<T> decision(T value) {
        return new Decision<>(value, trace.reasons(), trace.citations());
    }
}
