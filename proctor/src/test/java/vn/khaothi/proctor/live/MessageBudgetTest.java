package vn.khaothi.proctor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageBudgetTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenTheSteadyRate() {
        MessageBudget budget = new MessageBudget(3, 2);
        long t = 10 * SECOND;
        budget.take(t);
        int taken = 0;
        for (int i = 0; i < 1000; i++) {
            taken += budget.take(t) ? 1 : 0;
        }
        assertEquals(2, taken, "the burst (3, one used before)");
        assertFalse(budget.take(t + SECOND / 4), "half a token after 0.25 s");
        assertTrue(budget.take(t + SECOND / 2), "a token after 0.5 s at 2/s");
        assertEquals(3, countAt(budget, t + 100 * SECOND), "never more than the burst, however long the pause");
    }

    @Test
    void aStudentAnsweringEveryFewSecondsNeverRunsOut() {
        MessageBudget budget = MessageBudget.answers();
        long t = 0;
        for (int i = 0; i < 500; i++) {
            assertTrue(budget.take(t += SECOND / 2));
        }
    }

    private static int countAt(MessageBudget budget, long t) {
        int n = 0;
        while (budget.take(t)) {
            n++;
        }
        return n;
    }
}
