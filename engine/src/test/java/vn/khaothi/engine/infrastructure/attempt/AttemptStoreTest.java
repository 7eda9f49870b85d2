package vn.khaothi.engine.infrastructure.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.attempt.AttemptRepository;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.AttemptStatus;
import vn.khaothi.engine.domain.attempt.SubmitReason;

/** An attempt's state survives the database round trip; nodes racing on one attempt are caught. */
class AttemptStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00.123Z");
    private static AttemptDatabase db;
    private static AttemptStore store;

    @BeforeAll
    static void database() throws Exception {
        db = AttemptDatabase.start("attempt-store-data");
        store = new AttemptStore(db.dataSource);
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void everyStateRoundTripsThroughTheAttemptRow() throws Exception {
        long id = db.newAttempts(1).get(0);
        AttemptRepository.Stored fresh = store.load(id).orElseThrow();
        assertEquals(AttemptStatus.NOT_STARTED, fresh.snapshot().status());
        assertEquals(Duration.ofMinutes(45), fresh.snapshot().duration());

        Attempt attempt = Attempt.restore(fresh.snapshot(), at(T0));
        attempt.extend(Duration.ofMinutes(10));
        attempt.start();
        int version = store.save(attempt.snapshot(), fresh.version());
        assertEquals(attempt.snapshot(), store.load(id).orElseThrow().snapshot());

        attempt = Attempt.restore(store.load(id).orElseThrow().snapshot(), at(T0.plusSeconds(600)));
        attempt.pause();
        version = store.save(attempt.snapshot(), version);
        AttemptRepository.Stored paused = store.load(id).orElseThrow();
        assertEquals(attempt.snapshot(), paused.snapshot());
        assertEquals(Duration.ofMinutes(45), paused.snapshot().remaining());

        attempt = Attempt.restore(paused.snapshot(), at(T0.plusSeconds(900)));
        attempt.resume();
        attempt.submit(SubmitReason.STUDENT);
        attempt.grade(new BigDecimal("7.25"));
        store.save(attempt.snapshot(), version);
        assertEquals(attempt.snapshot(), store.load(id).orElseThrow().snapshot());
        assertFalse(store.load(Long.MAX_VALUE).isPresent());
    }

    @Test
    void aSaveOverAStaleVersionIsRefused() throws Exception {
        long id = db.newAttempts(1).get(0);
        AttemptRepository.Stored loaded = store.load(id).orElseThrow();
        Attempt nodeA = Attempt.restore(loaded.snapshot(), at(T0));
        Attempt nodeB = Attempt.restore(loaded.snapshot(), at(T0));
        nodeA.start();
        store.save(nodeA.snapshot(), loaded.version());
        nodeB.terminate("node B did not see the start");
        assertThrows(AttemptRepository.ConcurrentAttemptChange.class, () -> store.save(nodeB.snapshot(), loaded.version()));
        assertEquals(AttemptStatus.IN_PROGRESS, store.load(id).orElseThrow().snapshot().status());
    }

    @Test
    void theSweepFindsRunningAttemptsPastTheirDeadlineOnly() throws Exception {
        List<Long> ids = db.newAttempts(3);
        Instant start = Instant.parse("2020-01-01T00:00:00Z");  // earlier than any other test's attempt
        for (int i = 0; i < 3; i++) {
            AttemptRepository.Stored s = store.load(ids.get(i)).orElseThrow();
            Attempt a = Attempt.restore(s.snapshot(), at(start.plusSeconds(60L * i)));
            a.start();
            if (i == 2) {
                a.pause();
            }
            store.save(a.snapshot(), s.version());
        }
        Instant justAfterFirst = start.plus(Duration.ofMinutes(45)).plusMillis(1);
        List<Long> due = store.expiredRunning(justAfterFirst, 10);
        assertEquals(List.of(ids.get(0)), due, "only the first is due; the paused one never");
        List<Long> later = store.expiredRunning(start.plus(Duration.ofHours(2)), 10);
        assertTrue(later.containsAll(List.of(ids.get(0), ids.get(1))), later.toString());
        assertFalse(later.contains(ids.get(2)), "paused attempts do not expire");
    }
}
