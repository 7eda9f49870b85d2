package vn.khaothi.engine.domain.attempt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The append-only answer log of one attempt, and the rules that the database enforces the same
 * way ({@code attempt_step}: unique (attempt, item, seq), INSERT IGNORE, current = max seq):
 * <ul>
 *   <li>a repeated (item, seq) is stored once — the first copy — and acknowledged again;</li>
 *   <li>a lower seq than the item's latest is <b>kept</b> in the log as {@link StepOutcome#SUPERSEDED}
 *       (the log is the full record of what arrived, in arrival order) but never becomes current;</li>
 *   <li>the current answer of an item is its step with the highest seq;</li>
 *   <li>replaying the steps in any order gives the same current answers.</li>
 * </ul>
 * Nothing is ever removed or changed. Not thread-safe.
 */
public final class AnswerLog {

    private final long attemptId;
    private final List<AnswerStep> steps = new ArrayList<>();
    private final Set<Key> keys = new HashSet<>();
    private final Map<Long, AnswerStep> current = new HashMap<>();
    private long lastSeq = -1;

    private record Key(long itemId, long seq) {
    }

    public AnswerLog(long attemptId) {
        this.attemptId = attemptId;
    }

    /** Rebuilds the log from stored steps (the journal's, in arrival order). */
    public static AnswerLog replay(long attemptId, Iterable<AnswerStep> stored) {
        AnswerLog log = new AnswerLog(attemptId);
        for (AnswerStep step : stored) {
            log.append(step);
        }
        return log;
    }

    public StepOutcome append(AnswerStep step) {
        if (step.attemptId() != attemptId) {
            throw new IllegalArgumentException("step of attempt " + step.attemptId() + " in the log of " + attemptId);
        }
        if (!keys.add(new Key(step.itemId(), step.seq()))) {
            return StepOutcome.DUPLICATE;
        }
        steps.add(step);
        lastSeq = Math.max(lastSeq, step.seq());
        AnswerStep latest = current.get(step.itemId());
        if (latest != null && latest.seq() > step.seq()) {
            return StepOutcome.SUPERSEDED;
        }
        current.put(step.itemId(), step);
        return StepOutcome.CURRENT;
    }

    /** Each answered item's current answer (its highest seq), by item id in first-answered order. */
    public Map<Long, AnswerStep> currentAnswers() {
        Map<Long, AnswerStep> byItem = new LinkedHashMap<>();
        for (AnswerStep step : steps) {
            byItem.putIfAbsent(step.itemId(), current.get(step.itemId()));
        }
        return Collections.unmodifiableMap(byItem);
    }

    /** Every stored step in arrival order (superseded ones included). */
    public List<AnswerStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The highest seq stored, or -1 when none (the contract's {@code lastSeq}). */
    public long lastSeq() {
        return lastSeq;
    }

    public long attemptId() {
        return attemptId;
    }
}
