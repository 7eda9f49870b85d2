package vn.khaothi.proctor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The scheduler the sockets' idle timers get (issue 19): a fired timer runs through the
 * application-context runner, and a timer cancelled by the next frame leaves nothing queued —
 * Tyrus cancels and re-schedules on every frame, so leftovers would pile up by the thousand.
 */
class IdleTimersTest {

    @Test
    void aFiredTimerRunsInTheApplicationContext() throws Exception {
        AtomicInteger throughContext = new AtomicInteger();
        CountDownLatch fired = new CountDownLatch(1);
        ScheduledExecutorService timers = IdleTimers.scheduler(command -> {
            throughContext.incrementAndGet();
            command.run();
        });
        try {
            timers.schedule(fired::countDown, 10, TimeUnit.MILLISECONDS);
            assertTrue(fired.await(5, TimeUnit.SECONDS), "the idle close ran");
            assertEquals(1, throughContext.get(), "it ran through the context proxy, once");
        } finally {
            timers.shutdownNow();
        }
    }

    @Test
    void aTimerCancelledByTheNextFrameIsRemovedAtOnce() {
        AtomicInteger ran = new AtomicInteger();
        ScheduledExecutorService timers = IdleTimers.scheduler(Runnable::run);
        try {
            ScheduledFuture<?> previous = null;
            for (int frame = 0; frame < 10_000; frame++) {  // what Tyrus does: cancel, schedule again
                if (previous != null) {
                    previous.cancel(false);
                }
                previous = timers.schedule(ran::incrementAndGet, 60, TimeUnit.SECONDS);
            }
            assertEquals(1, ((ScheduledThreadPoolExecutor) timers).getQueue().size(), "only the live timer is queued");
            assertEquals(0, ran.get());
        } finally {
            timers.shutdownNow();
        }
    }

    /** Stands for Tyrus' BaseContainer: the field is private, final and on a superclass. */
    static class ContainerBase {
        private final ScheduledExecutorService managedScheduledExecutorService = null;

        ScheduledExecutorService scheduler() {
            return managedScheduledExecutorService;
        }
    }

    static final class Container extends ContainerBase {
    }

    /** A container without the field: a Tyrus upgrade that renamed it. */
    static final class OtherContainer {
    }

    @Test
    void theContainersSchedulerIsReplacedAndStoppedWithTheApplication() {
        IdleTimers idle = new IdleTimers();
        Container container = new Container();
        assertTrue(idle.swap(container, Runnable::run));
        ScheduledExecutorService given = container.scheduler();
        assertTrue(given instanceof ScheduledThreadPoolExecutor, "the container now hands out the plain scheduler");
        idle.stop();
        assertTrue(given.isShutdown());
    }

    @Test
    void aContainerWithoutTheFieldIsLeftAsItWas() {
        assertEquals(false, new IdleTimers().swap(new OtherContainer(), Runnable::run));
    }
}
