package vn.khaothi.proctor.live;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import vn.khaothi.engine.application.platform.Settings;
import vn.khaothi.engine.application.sitting.ExpirySweep;

/**
 * The node's clockwork, on the container's ManagedScheduledExecutorService, started after the
 * platform (migrations) at deployment — so also right after a restart:
 * <ul>
 *   <li>every {@code KHAOTHI_SWEEP_SECONDS} (5), a pass of the engine's auto-submit sweep
 *       ({@link ExpirySweep}: the decision and the close are the engine's; this is only the
 *       trigger). Its closes come back as {@code AttemptClosed} events, which {@link LiveCommands}
 *       observes.</li>
 *   <li>a {@code tick} (remainingSeconds) to every attempt socket every 15 s.</li>
 * </ul>
 */
@ApplicationScoped
public class LiveScheduler {

    private static final Logger LOG = Logger.getLogger(LiveScheduler.class.getName());

    @Inject
    LiveHub hub;

    @Inject
    ExpirySweep expiry;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) Startup event) {
        long every = Long.parseLong(Settings.get("KHAOTHI_SWEEP_SECONDS", "5"));
        hub.executor().scheduleWithFixedDelay(LiveHub.guarded(this::sweep), 1, every, TimeUnit.SECONDS);
        hub.executor().scheduleAtFixedRate(LiveHub.guarded(this::tick), 15, 15, TimeUnit.SECONDS);
        LOG.info("Auto-submit sweep every " + every + " s");
    }

    /** One pass of the engine's sweep; answers how many attempts it closed. */
    public int sweep() {
        return expiry.sweep();
    }

    private void tick() {
        Instant now = Instant.now();
        for (AttemptConnection c : hub.attemptConnections()) {
            Outbound.send(c.session(), Outbound.type("tick").add("remainingSeconds", c.remainingSeconds(now)).build());
        }
    }
}
