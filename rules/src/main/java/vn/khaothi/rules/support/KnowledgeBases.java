package vn.khaothi.rules.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/**
 * The knowledge bases of this jar, built once. The rules were compiled to Java (the Drools
 * executable model) by kie-maven-plugin at build time, so building a kbase here only loads
 * classes: nothing is parsed or compiled at run time, which keeps it working inside an
 * application server's class loaders. Thread-safe; share one instance.
 */
public final class KnowledgeBases {

    private final KieContainer container;
    private final Map<String, RuleSessionRunner> runners = new ConcurrentHashMap<>();

    private KnowledgeBases(KieContainer container) {
        this.container = container;
    }

    /** Reads META-INF/kmodule.xml through the class loader that loaded this jar (not the TCCL). */
    public static KnowledgeBases fromClasspath() {
        ClassLoader loader = KnowledgeBases.class.getClassLoader();
        return new KnowledgeBases(KieServices.Factory.get().newKieClasspathContainer(loader));
    }

    public RuleSessionRunner runner(String kbase) {
        return runners.computeIfAbsent(kbase, name -> new RuleSessionRunner(container.getKieBase(name)));
    }
}
