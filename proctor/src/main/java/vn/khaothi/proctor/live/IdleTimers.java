package vn.khaothi.proctor.live;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.WebSocketContainer;
import java.lang.reflect.Field;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The sockets' idle timers (đồng hồ chờ của kết nối) on a plain scheduler instead of the
 * container's managed one — the largest cost of a socket message under load (issue 19).
 *
 * <p>Why: Tyrus restarts a session's idle timer on <em>every</em> frame in or out (cancel, then
 * schedule again), on the scheduler its container looked up, Payara's
 * {@code DefaultManagedScheduledExecutorService}. Each schedule there captures the caller's context,
 * and Payara's capture looks the {@code ThreadContextProvider}s up with a {@code ServiceLoader} over
 * the application's ~90 jars every time. A JFR profile of 2,000 students answering showed 74 % of
 * the server's CPU there (docs/benchmarks.md). A timer that is restarted thousands of times a second
 * and fires only when a socket really went silent does not need the context at scheduling time.
 *
 * <p>How: when the application starts, the Tyrus server container gets {@link #scheduler}, a one-thread
 * {@link ScheduledThreadPoolExecutor} that removes cancelled timers at once (every frame cancels
 * one). When a timer does fire, its close runs through a contextual proxy captured once on the
 * start-up thread, so the socket's {@code @OnClose} runs with the application's context as before.
 * The swap goes through Tyrus' private field; if a Tyrus upgrade renames it, the log says so and the
 * sockets keep the container's scheduler (slower, not wrong).
 */
@ApplicationScoped
public class IdleTimers {

    private static final Logger LOG = Logger.getLogger(IdleTimers.class.getName());
    static final String TYRUS_FIELD = "managedScheduledExecutorService";

    private volatile ScheduledExecutorService scheduler;

    /**
     * Called once when the application starts, before any socket opens (web's
     * {@code SocketContainerSetup}, a servlet-context listener, on a container thread with the
     * application's context): the container's default idle timeout becomes {@code defaultIdleMillis},
     * and its sockets get the plain scheduler.
     *
     * <p>The default matters on its own: with Tyrus' default of 0, a new session schedules its first
     * idle check with no delay; if that check runs only after {@code @OnOpen} has set the socket's
     * timeout, it sees a timeout and an open session and closes the socket at once "because of the
     * idle timeout" — the close seen when 2,000 students connected at once (issue 19). A session that
     * starts with its real timeout never schedules a check with no delay.
     */
    public void install(WebSocketContainer container, long defaultIdleMillis) {
        container.setDefaultMaxSessionIdleTimeout(defaultIdleMillis);
        install(container);
    }

    /** Gives the socket container the plain scheduler; answers whether it took. */
    boolean install(Object container) {
        Consumer<Runnable> inApplicationContext;
        try {
            // looked up here, on the start-up (container) thread: the proxy keeps this thread's context
            ContextService contexts = InitialContext.doLookup("java:comp/DefaultContextService");
            @SuppressWarnings("unchecked")
            Consumer<Runnable> proxy = contexts.createContextualProxy(new Run(), Consumer.class);
            inApplicationContext = proxy;
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.WARNING, "WebSocket idle timers stay on the container's scheduler: " + e, e);
            return false;
        }
        return swap(container, inApplicationContext);
    }

    /** Puts a plain scheduler into Tyrus' container field; false (and the container unchanged) if it cannot. */
    boolean swap(Object container, Consumer<Runnable> inApplicationContext) {
        ScheduledExecutorService timers = scheduler(inApplicationContext);
        try {
            Field field = field(container.getClass());
            field.setAccessible(true);
            field.set(container, timers);
            scheduler = timers;
            LOG.info("WebSocket idle timers on a plain scheduler (one thread, cancelled timers removed)");
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            timers.shutdownNow();
            LOG.log(Level.WARNING, "WebSocket idle timers stay on the container's scheduler: " + e, e);
            return false;
        }
    }

    /** The scheduler Tyrus is given: plain timing, the fired timer's work in the application's context. */
    static ScheduledExecutorService scheduler(Consumer<Runnable> inApplicationContext) {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName("khaothi-socket-idle-timers");
            t.setDaemon(true);
            return t;
        }) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                return super.schedule(() -> inApplicationContext.accept(command), delay, unit);
            }
        };
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    private static Field field(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(TYRUS_FIELD);
            } catch (NoSuchFieldException e) {
                // the field is on Tyrus' BaseContainer, a superclass of the server container
            }
        }
        throw new NoSuchFieldException(TYRUS_FIELD + " on " + type.getName());
    }

    @PreDestroy
    void stop() {
        ScheduledExecutorService s = scheduler;
        if (s != null) {
            s.shutdownNow();
        }
    }

    /** Runs what it is given; its contextual proxy runs it in the context captured at start-up. */
    static final class Run implements Consumer<Runnable> {
        @Override
        public void accept(Runnable command) {
            command.run();
        }
    }
}
