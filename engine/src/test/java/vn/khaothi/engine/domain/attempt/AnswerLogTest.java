package vn.khaothi.engine.domain.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The step-log rules: idempotent seq, no overwrite by an older seq, replay gives the same answers. */
class AnswerLogTest {

    private static final Instant AT = Instant.parse("2026-11-23T01:10:00Z");
    private final AnswerLog log = new AnswerLog(1);

    private static AnswerStep step(long item, long seq, String response) {
        return new AnswerStep(1, item, seq, response, AT.plusMillis(seq));
    }

    @Test
    void theHighestSeqIsTheCurrentAnswer() {
        assertEquals(StepOutcome.CURRENT, log.append(step(10, 1, "{\"choice\":\"A\"}")));
        assertEquals(StepOutcome.CURRENT, log.append(step(10, 4, "{\"choice\":\"C\"}")));
        assertEquals(StepOutcome.CURRENT, log.append(step(11, 2, "{\"value\":true}")));
        assertEquals("{\"choice\":\"C\"}", log.currentAnswers().get(10L).response());
        assertEquals("{\"value\":true}", log.currentAnswers().get(11L).response());
        assertEquals(4, log.lastSeq());
        assertEquals(3, log.steps().size(), "every step kept");
    }

    @Test
    void aRepeatedSeqIsStoredOnceAndTheFirstCopyStays() {
        log.append(step(10, 3, "{\"choice\":\"B\"}"));
        assertEquals(StepOutcome.DUPLICATE, log.append(step(10, 3, "{\"choice\":\"B\"}")));
        assertEquals(StepOutcome.DUPLICATE, log.append(step(10, 3, "{\"choice\":\"D\"}")), "a reused seq changes nothing");
        assertEquals(1, log.steps().size());
        assertEquals("{\"choice\":\"B\"}", log.currentAnswers().get(10L).response());
    }

    @Test
    void anOlderSeqArrivingLateIsKeptAsSupersededAndNeverWins() {
        log.append(step(10, 5, "{\"choice\":\"C\"}"));
        assertEquals(StepOutcome.SUPERSEDED, log.append(step(10, 2, "{\"choice\":\"A\"}")));
        assertEquals("{\"choice\":\"C\"}", log.currentAnswers().get(10L).response());
        assertEquals(List.of(5L, 2L), log.steps().stream().map(AnswerStep::seq).toList(), "arrival order kept");
        assertEquals(5, log.lastSeq());
    }

    @Test
    void seqOrderIsPerItem() {
        log.append(step(10, 9, "{\"text\":\"0,5\"}"));
        assertEquals(StepOutcome.CURRENT, log.append(step(11, 3, "{\"text\":\"x\"}")),
                "a lower seq on ANOTHER item is that item's newest answer");
    }

    @Test
    void replayInAnyOrderReproducesTheCurrentAnswers() {
        List<AnswerStep> sent = new ArrayList<>();
        Random random = new Random(42);
        for (int seq = 0; seq < 200; seq++) {
            sent.add(step(random.nextInt(12), seq, "{\"choice\":\"" + (char) ('A' + random.nextInt(4)) + "\"}"));
        }
        for (AnswerStep s : sent) {
            log.append(s);
        }
        Map<Long, AnswerStep> expected = log.currentAnswers();
        for (int round = 0; round < 5; round++) {
            List<AnswerStep> shuffled = new ArrayList<>(sent);
            Collections.shuffle(shuffled, random);
            shuffled.addAll(sent.subList(0, 50));  // resends
            Map<Long, AnswerStep> replayed = AnswerLog.replay(1, shuffled).currentAnswers();
            assertEquals(expected.keySet(), replayed.keySet());
            expected.forEach((item, answer) -> assertEquals(answer, replayed.get(item)));
        }
        assertEquals(AnswerLog.replay(1, log.steps()).steps(), log.steps(), "replaying the log rebuilds the log");
    }

    @Test
    void aStepOfAnotherAttemptOrWithoutAResponseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> log.append(new AnswerStep(2, 10, 1, "{}", AT)));
        assertThrows(IllegalArgumentException.class, () -> new AnswerStep(1, 10, 1, " ", AT));
        assertThrows(IllegalArgumentException.class, () -> new AnswerStep(1, 10, -1, "{}", AT));
        assertThrows(IllegalArgumentException.class,
                () -> new AnswerStep(1, 10, 1, "x".repeat(AnswerStep.MAX_RESPONSE_CHARS + 1), AT));
    }
}
