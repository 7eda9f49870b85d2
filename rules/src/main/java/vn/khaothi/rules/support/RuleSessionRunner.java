package vn.khaothi.rules.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs one decision against one knowledge base. Each call takes its own session, so callers on
 * many threads never share working memory; sessions come from a Drools {@link KieSessionsPool}
 * (a disposed pooled session is reset and reused), which spares the allocation of a new session
 * per decision. The {@link KieBase} itself is immutable and shared.
 */
public final class RuleSessionRunner {

    /** Sessions kept ready; the pool grows past this under load and keeps what it made. */
    private static final int INITIAL_POOL_SIZE = 4;

    private final KieSessionsPool pool;

    public RuleSessionRunner(KieBase kieBase) {
        this.pool = kieBase.newKieSessionsPool(INITIAL_POOL_SIZE);
    }

    public RuleRun run(Collection<?> facts) {
        KieSession session = pool.newKieSession();
        DecisionTrace trace = new DecisionTrace();
        try {
            session.setGlobal(DecisionTrace.GLOBAL, trace);
            session.addEventListener(trace);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            List<Object> left = new ArrayList<>(session.getObjects());
            return new RuleRun(left, trace);
        } finally {
            // a pooled session is reset on dispose, but its listeners are ours to remove
            session.removeEventListener(trace);
            session.dispose();
        }
    }

    public RuleRun run(Object... facts) {
        return run(List.of(facts));
    }
}
