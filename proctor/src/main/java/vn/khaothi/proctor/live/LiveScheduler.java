package vn.khaothi.proctor.live;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.khaothi.engine.application.sitting.AttemptBackbone;
import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.platform.Settings;

/**
 * The node's clockwork, on the container's ManagedScheduledExecutorService, started after the
 * platform (migrations) at deployment — so also right after a restart:
 * <ul>
 *   <li>the <b>auto-submit sweep</b> every {@code KHAOTHI_SWEEP_SECONDS} (5): running attempts whose
 *       deadline passed more than {@code KHAOTHI_SWEEP_GRACE_MS} (2000) ago are submitted TIME_UP
 *       at their deadline and scored, with no client needed; submitted attempts left unscored (a
 *       node stopped in between) are scored. Any node may run it: the row version makes one win.
 *       The grace lets answers accepted just before the deadline reach the log before scoring.</li>
 *   <li>a {@code tick} (remainingSeconds) to every attempt socket every 15 s.</li>
 * </ul>
 */
@ApplicationScoped
public class LiveScheduler {

    private static final Logger LOG = Logger.getLogger(LiveScheduler.class.getName());
    static final int BATCH = 200;

    @Inject
    LiveHub hub;

    @Inject
    AttemptService attempts;

    @Inject
    AttemptBackbone backbone;

    @Inject
    LiveCommands commands;

    private volatile Instant lastSweep;
    private volatile long swept;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) Startup event) {
        long every = Long.parseLong(Settings.get("KHAOTHI_SWEEP_SECONDS", "5"));
        hub.executor().scheduleWithFixedDelay(LiveHub.guarded(this::sweep), 1, every, TimeUnit.SECONDS);
        hub.executor().scheduleAtFixedRate(LiveHub.guarded(this::tick), 15, 15, TimeUnit.SECONDS);
        LOG.info("Auto-submit sweep every " + every + " s");
    }

    /** One pass of the sweep; answers how many attempts it closed. */
    public int sweep() {
        long grace = Long.parseLong(Settings.get("KHAOTHI_SWEEP_GRACE_MS", "2000"));
        int closed = 0;
        try {
            Instant cutoff = backbone.clock().instant().minus(Duration.ofMillis(grace));
            List<Long> due = backbone.attempts().expiredRunning(cutoff, BATCH);
            for (long id : due) {
                try {
                    if (attempts.expire(id)) {
                        closed++;
                        commands.expired(id);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "expiry of attempt " + id + " left to the next pass: " + e);
                }
            }
            for (long id : backbone.sittings().unscoredSubmitted(BATCH)) {
                attempts.score(id);
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "sweep pass failed (database not ready?): " + e);
        }
        lastSweep = Instant.now();
        swept += closed;
        if (closed > 0) {
            LOG.info("Auto-submitted " + closed + " attempt(s) at their deadline");
        }
        return closed;
    }

    private void tick() {
        Instant now = Instant.now();
        for (AttemptConnection c : hub.attemptConnections()) {
            Outbound.send(c.session(), Outbound.type("tick").add("remainingSeconds", c.remainingSeconds(now)).build());
        }
    }

    public Instant lastSweep() {
        return lastSweep;
    }

    public long sweptTotal() {
        return swept;
    }
}
