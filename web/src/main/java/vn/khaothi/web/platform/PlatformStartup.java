package vn.khaothi.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.khaothi.engine.application.DemoSchool;
import vn.khaothi.engine.application.platform.Database;

/**
 * Runs once when the application is deployed, before it serves requests: starts the embedded
 * database if needed (through the pool's first connection), migrates the schema, applies demo
 * mode. Readiness ({@code /health}) stays DOWN until this has succeeded.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    @Inject
    DemoSchool demoSchool;

    @Inject
    vn.khaothi.itembank.application.bank.DemoBank demoBank;

    @Inject
    PlatformState state;

    @Inject
    vn.khaothi.engine.application.gradebook.GradebookService gradebook;

    @Inject
    vn.khaothi.engine.application.gradebook.ResultsService results;

    void onStart(@Observes Startup event) {
        long started = System.nanoTime();
        try {
            state.schemaVersion(Database.migrate(dataSource, Thread.currentThread().getContextClassLoader()));
            demoSchool.apply(DemoMode.enabled());
            demoBank.apply(DemoMode.enabled());
            if (DemoMode.enabled()) {
                vn.khaothi.engine.application.gradebook.DemoMarks.apply(gradebook, results);
            }
            state.demoMode(DemoMode.enabled());
            state.ready();
            LOG.info(() -> "Khảo Thí ready on " + Database.describe() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            state.failed(e.getMessage());
            LOG.log(Level.SEVERE, "Khảo Thí could not start: " + e.getMessage(), e);
        }
    }
}
