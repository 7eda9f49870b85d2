package vn.khaothi.engine.domain.sitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The staggered start: a deterministic offset per sitting and student within the window. */
class StaggeredStartTest {

    private static final Instant OPENS = Instant.parse("2026-12-03T01:00:00Z");

    @Test
    void withoutAStaggerEveryoneIsAdmittedAtTheOpening() {
        Clock atOpening = Clock.fixed(OPENS, ZoneOffset.UTC);
        assertEquals(OPENS, StaggeredStart.NONE.admitAt(OPENS, 1, "hs001"));
        assertTrue(StaggeredStart.NONE.admits(OPENS, 1, "hs001", atOpening.instant()));
    }

    @Test
    void aStudentIsRefusedBeforeTheirOwnInstantAndAdmittedFromIt() {
        StaggeredStart stagger = new StaggeredStart(60);
        Instant admitAt = stagger.admitAt(OPENS, 42, "hs007");
        Clock justBefore = Clock.fixed(admitAt.minusMillis(1), ZoneOffset.UTC);
        Clock atIt = Clock.fixed(admitAt, ZoneOffset.UTC);
        assertFalse(stagger.admits(OPENS, 42, "hs007", justBefore.instant()));
        assertTrue(stagger.admits(OPENS, 42, "hs007", atIt.instant()));
        assertTrue(stagger.admits(OPENS, 42, "hs007", OPENS.plusSeconds(60)), "everyone is in by the end of the window");
    }

    @Test
    void theOffsetIsStableWithinTheWindowAndSpreadsTheStudents() {
        StaggeredStart stagger = new StaggeredStart(60);
        Set<Integer> offsets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            int offset = stagger.offsetSeconds(42, "hs" + i);
            assertTrue(offset >= 0 && offset < 60, "offset " + offset);
            assertEquals(offset, stagger.offsetSeconds(42, "hs" + i), "the same student, the same offset");
            offsets.add(offset);
        }
        assertTrue(offsets.size() > 50, "1,000 students use most of the 60 seconds: " + offsets.size());
    }

    @Test
    void anotherSittingGivesTheSameStudentAnotherOffset() {
        StaggeredStart stagger = new StaggeredStart(600);
        int differing = 0;
        for (int i = 0; i < 100; i++) {
            if (stagger.offsetSeconds(1, "hs" + i) != stagger.offsetSeconds(2, "hs" + i)) {
                differing++;
            }
        }
        assertTrue(differing > 90, "offsets depend on the sitting: " + differing);
    }

    @Test
    void theWindowIsZeroToTenMinutes() {
        assertEquals("staggerSeconds", assertThrows(InvalidSitting.class, () -> new StaggeredStart(-1)).field());
        assertEquals("staggerSeconds", assertThrows(InvalidSitting.class, () -> new StaggeredStart(601)).field());
        assertEquals(600, new StaggeredStart(600).seconds());
    }
}
