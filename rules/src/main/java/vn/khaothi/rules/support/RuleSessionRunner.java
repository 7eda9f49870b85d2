package vn.khaothi.rules.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Runs one decision against one knowledge base: a fresh stateful session per call (creating one
 * from a built {@link KieBase} costs microseconds, see docs/benchmarks.md), so callers on many
 * threads never share working memory. The {@link KieBase} itself is immutable and shared.
 */
public final class RuleSessionRunner {

    private final KieBase kieBase;

    public RuleSessionRunner(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    public RuleRun run(Collection<?> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            DecisionTrace trace = new DecisionTrace();
            session.setGlobal(DecisionTrace.GLOBAL, trace);
            session.addEventListener(trace);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            List<Object> left = new ArrayList<>(session.getObjects());
            return new RuleRun(left, trace);
        } finally {
            session.dispose();
        }
    }

    public RuleRun run(Object... facts) {
        return run(List.of(facts));
    }
}
