package vn.khaothi.proctor.live;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.Session;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.sitting.SittingService;
import vn.khaothi.engine.application.sitting.SittingViews;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.proctor.protocol.CloseCodes;

/**
 * The live state of one node: which attempt sockets and which monitor sockets it holds, and the
 * fan-out between them. Nothing else lives here — the attempts' state is in the database, so a
 * student whose node dies reconnects anywhere. In a cluster ({@code KHAOTHI_CLUSTER=true}) the
 * same fan-out reaches the other nodes through {@link LiveCluster} (Payara's Hazelcast): a message
 * for a socket held elsewhere, or for monitors open elsewhere, is published and delivered there;
 * "connected" and "watched" are answered for the whole cluster. On one node nothing leaves it.
 */
@ApplicationScoped
public class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());

    private volatile ScheduledExecutorService executor;

    @Inject
    SittingService sittings;

    @Inject
    AttemptService attemptService;

    /** The other nodes, or {@link LiveCluster#local()} on one node. */
    private LiveCluster cluster = LiveCluster.local();

    @PostConstruct
    void join() {
        cluster = LiveCluster.join(this::received);
        if (cluster.enabled()) {
            executor();  // looked up here, on a container thread: the cluster's inbound thread closes sockets later
        }
    }

    /** attemptId → the one socket holding it (a newer one replaces it: 4409). */
    private final Map<Long, AttemptConnection> attempts = new ConcurrentHashMap<>();
    /** sittingId → the proctors' sockets. */
    private final Map<Long, Set<MonitorConnection>> monitors = new ConcurrentHashMap<>();
    /** attemptId → sittingId of roster updates already queued (coalesced under load). */
    private final Map<Long, Long> pendingUpdates = new ConcurrentHashMap<>();

    // ---- attempts ---------------------------------------------------------------------------

    /** Makes {@code connection} the holder of its attempt; answers the connection it replaced, if any. */
    AttemptConnection claim(AttemptConnection connection) {
        AttemptConnection previous = attempts.put(connection.attemptId(), connection);
        if (cluster.heldElsewhere(connection.attemptId())) {
            // the older socket is on another node: it closes there with 4409, as it would here
            cluster.publish(envelope("replaced").add("attemptId", connection.attemptId()).build());
        }
        cluster.holding(connection.attemptId());
        return previous == connection ? null : previous;
    }

    /** Forgets the connection if it still holds its attempt; true if it did. */
    boolean release(AttemptConnection connection) {
        boolean released = attempts.remove(connection.attemptId(), connection);
        if (released) {
            cluster.released(connection.attemptId());
        }
        return released;
    }

    /** The student's socket is open on this node or, in a cluster, on another live node. */
    public boolean isConnected(long attemptId) {
        AttemptConnection c = attempts.get(attemptId);
        return c != null && c.session().isOpen() || c == null && cluster.heldElsewhere(attemptId);
    }

    AttemptConnection connection(long attemptId) {
        return attempts.get(attemptId);
    }

    Iterable<AttemptConnection> attemptConnections() {
        return attempts.values();
    }

    /** Sends to the student's socket, on this node or the one holding it; false when no node holds one. */
    boolean toAttempt(long attemptId, JsonObject message) {
        AttemptConnection c = attempts.get(attemptId);
        if (c == null) {
            if (cluster.heldElsewhere(attemptId)) {
                cluster.publish(envelope("attempt").add("attemptId", attemptId).add("msg", message).build());
                return true;
            }
            return false;
        }
        Outbound.send(c.session(), message);
        return true;
    }

    /** Refreshes the cached clock of a held socket after a command (for its ticks), wherever it is held. */
    void refresh(long attemptId, Attempt attempt) {
        AttemptConnection c = attempts.get(attemptId);
        if (c != null) {
            c.update(attempt);
        } else if (cluster.heldElsewhere(attemptId)) {
            cluster.publish(envelope("refresh").add("attemptId", attemptId).build());
        }
    }

    /**
     * For a socket held on another node: tells it {@code notice} (if any), {@code submitted} with
     * {@code reason}, and closes it, as {@link LiveCommands#closeAfterSubmit} does here. The hook for
     * a TERMINATE or an expiry decided on a node that does not hold the socket.
     */
    void closeElsewhere(long attemptId, JsonObject notice, String reason) {
        if (attempts.get(attemptId) == null && cluster.heldElsewhere(attemptId)) {
            var e = envelope("close").add("attemptId", attemptId).add("reason", reason);
            cluster.publish(notice == null ? e.build() : e.add("msg", notice).build());
        }
    }

    // ---- monitors ---------------------------------------------------------------------------

    void addMonitor(MonitorConnection connection) {
        monitors.computeIfAbsent(connection.sittingId(), k -> ConcurrentHashMap.newKeySet()).add(connection);
        cluster.watching(connection);
    }

    void removeMonitor(MonitorConnection connection) {
        Set<MonitorConnection> set = monitors.get(connection.sittingId());
        if (set != null) {
            set.remove(connection);
        }
        cluster.unwatching(connection);
    }

    /** A proctor of the sitting holds an authenticated monitor socket on this node or another live one (issue 7's "proctor connected"). */
    public boolean proctorConnected(long sittingId) {
        Set<MonitorConnection> set = monitors.get(sittingId);
        return set != null && set.stream().anyMatch(m -> m.session().isOpen()) || cluster.watchedElsewhere(sittingId);
    }

    boolean watched(long sittingId) {
        Set<MonitorConnection> set = monitors.get(sittingId);
        return set != null && !set.isEmpty() || cluster.watchedElsewhere(sittingId);
    }

    /** To the sitting's monitors here and on every other node where one is open. */
    void toMonitors(long sittingId, JsonObject message) {
        toMonitorsHere(sittingId, message);
        if (cluster.watchedElsewhere(sittingId)) {
            cluster.publish(envelope("monitors").add("sittingId", sittingId).add("msg", message).build());
        }
    }

    private void toMonitorsHere(long sittingId, JsonObject message) {
        Set<MonitorConnection> set = monitors.get(sittingId);
        if (set != null) {
            for (MonitorConnection m : set) {
                Outbound.send(m.session(), message);
            }
        }
    }

    /**
     * Queues a roster {@code update} of one attempt for the sitting's monitors, read from the
     * database off the caller's thread (callers include the journal's writer); several changes
     * of one attempt while one update is queued give one update.
     */
    void updateLater(long sittingId, long attemptId) {
        if (!watched(sittingId) || pendingUpdates.putIfAbsent(attemptId, sittingId) != null) {
            return;
        }
        later(() -> {
            pendingUpdates.remove(attemptId);
            sendUpdate(sittingId, attemptId);
        });
    }

    void sendUpdate(long sittingId, long attemptId) {
        if (!watched(sittingId)) {
            return;
        }
        List<SittingViews.RosterEntry> rows = sittings.roster(sittingId, attemptId, this::isConnected);
        for (SittingViews.RosterEntry row : rows) {
            toMonitors(sittingId, Outbound.type("update").add("studentId", row.studentId())
                    .add("studentName", row.studentName()).add("attemptId", row.attemptId()).add("status", row.status())
                    .add("connected", row.connected()).add("answered", row.answered())
                    .add("remainingSeconds", row.remainingSeconds()).add("incidents", row.incidents())
                    .add("admitted", row.admitted()).build());
        }
    }

    // ---- from the other nodes -----------------------------------------------------------------

    private static JsonObjectBuilder envelope(String kind) {
        return JSON.createObjectBuilder().add("k", kind);
    }

    /** A message published by another node (on the cluster's inbound thread, in that node's order). */
    void received(JsonObject e) {
        switch (e.getString("k", "")) {
            case "monitors" -> toMonitorsHere(e.getJsonNumber("sittingId").longValue(), e.getJsonObject("msg"));
            case "attempt" -> {
                AttemptConnection c = attempts.get(e.getJsonNumber("attemptId").longValue());
                if (c != null) {
                    Outbound.send(c.session(), e.getJsonObject("msg"));
                }
            }
            case "refresh" -> {
                long attemptId = e.getJsonNumber("attemptId").longValue();
                if (attempts.containsKey(attemptId)) {
                    refresh(attemptId, attemptService.current(attemptId));
                }
            }
            case "replaced" -> {
                AttemptConnection c = attempts.get(e.getJsonNumber("attemptId").longValue());
                if (c != null && attempts.remove(c.attemptId(), c)) {
                    Outbound.close(c.session(), CloseCodes.REPLACED, "replaced by a newer connection");
                }
            }
            case "close" -> {
                AttemptConnection c = attempts.get(e.getJsonNumber("attemptId").longValue());
                if (c != null && release(c)) {
                    if (e.containsKey("msg")) {
                        Outbound.send(c.session(), e.getJsonObject("msg"));
                    }
                    Outbound.send(c.session(), Outbound.type("submitted").add("reason", e.getString("reason")).build());
                    after(200, () -> Outbound.close(c.session(), 1000, "submitted"));
                }
            }
            default -> LOG.fine("unknown live message " + e);
        }
    }

    // ---- scheduling -------------------------------------------------------------------------

    /** Work off the caller's thread (roster reads, incident pushes): the container's ManagedExecutorService. */
    void later(Runnable task) {
        Executor pool = workers;
        if (pool == null) {
            synchronized (this) {
                if (workers == null) {
                    ManagedExecutorService managed = null;
                    try {
                        Object found = new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
                        managed = found instanceof ManagedExecutorService m ? m : null;
                    } catch (NamingException | RuntimeException e) {
                        LOG.fine("no DefaultManagedExecutorService: " + e);
                    }
                    // Payara's default scheduled executor has one thread (core-pool-size 0): timers only.
                    workers = managed != null ? managed : executor();
                }
                pool = workers;
            }
        }
        pool.execute(guarded(task));
    }

    private volatile Executor workers;

    void after(long millis, Runnable task) {
        executor().schedule(guarded(task), millis, TimeUnit.MILLISECONDS);
    }

    /**
     * The container's default ManagedScheduledExecutorService (Jakarta Concurrency), looked up by
     * its standard name — resource injection of it into this library jar's bean fails on Payara
     * Micro 6 — and, should no container provide one (tests outside it), a small pool of our own.
     */
    ScheduledExecutorService executor() {
        ScheduledExecutorService current = executor;
        if (current == null) {
            synchronized (this) {
                if (executor == null) {
                    executor = lookup("java:comp/DefaultManagedScheduledExecutorService");
                    if (executor == null) {
                        executor = lookup("concurrent/__defaultManagedScheduledExecutorService");
                    }
                    if (executor == null) {
                        LOG.warning("No ManagedScheduledExecutorService; live tasks run on a pool of our own");
                        ownPool = Executors.newScheduledThreadPool(2, r -> {
                            Thread t = new Thread(r, "khaothi-live");
                            t.setDaemon(true);
                            return t;
                        });
                        executor = ownPool;
                    }
                }
                current = executor;
            }
        }
        return current;
    }

    private ScheduledExecutorService ownPool;

    private static ScheduledExecutorService lookup(String name) {
        try {
            Object found = new InitialContext().lookup(name);
            return found instanceof ManagedScheduledExecutorService m ? m : null;
        } catch (NamingException | RuntimeException e) {
            LOG.fine("no " + name + ": " + e);
            return null;
        }
    }

    @PreDestroy
    void stop() {
        cluster.leave();
        if (ownPool != null) {
            ownPool.shutdownNow();
        }
    }

    static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live task failed: " + e, e);
            }
        };
    }

    static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
