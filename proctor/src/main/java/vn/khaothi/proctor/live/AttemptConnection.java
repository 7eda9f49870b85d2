package vn.khaothi.proctor.live;

import jakarta.websocket.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.AttemptStatus;

/**
 * One authenticated attempt socket: whose attempt, its items, the last known clock (for ticks;
 * every answer is still checked against the stored attempt), and the answers sent to the journal
 * whose commit has not come back yet (a submit waits for them).
 */
final class AttemptConnection {

    private final Session session;
    private final long attemptId;
    private final long sittingId;
    private final String username;
    private final Set<Long> itemIds;
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final MessageBudget answerBudget = MessageBudget.answers();
    private final MessageBudget eventBudget = MessageBudget.events();
    private volatile AttemptStatus status;
    private volatile Instant deadline;
    private volatile Duration frozen;

    AttemptConnection(Session session, long attemptId, long sittingId, String username, Set<Long> itemIds, Attempt attempt) {
        this.session = session;
        this.attemptId = attemptId;
        this.sittingId = sittingId;
        this.username = username;
        this.itemIds = Set.copyOf(itemIds);
        update(attempt);
    }

    void update(Attempt attempt) {
        status = attempt.status();
        deadline = attempt.deadline().orElse(null);
        frozen = attempt.status() == AttemptStatus.PAUSED || attempt.status() == AttemptStatus.NOT_STARTED
                ? attempt.remainingAt(Instant.now()) : null;
    }

    /** The time left by the cached clock, for a tick. */
    long remainingSeconds(Instant now) {
        if (status == AttemptStatus.IN_PROGRESS && deadline != null) {
            return Attempt.wholeSecondsLeft(Duration.between(now, deadline));
        }
        return frozen == null ? 0 : Attempt.wholeSecondsLeft(frozen);
    }

    AttemptStatus status() {
        return status;
    }

    void track(CompletableFuture<?> commit) {
        inFlight.add(commit);
        commit.whenComplete((r, e) -> inFlight.remove(commit));
    }

    /** Completes when every answer sent so far has been committed (or failed). */
    CompletableFuture<Void> drained() {
        return CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
    }

    Session session() {
        return session;
    }

    long attemptId() {
        return attemptId;
    }

    long sittingId() {
        return sittingId;
    }

    String username() {
        return username;
    }

    /** False when this connection has sent answers faster than {@link MessageBudget#answers()} allows. */
    boolean mayAnswer() {
        return answerBudget.take();
    }

    /** False when this connection has sent events faster than {@link MessageBudget#events()} allows. */
    boolean mayReport() {
        return eventBudget.take();
    }

    /** The attempt's items, as the engine listed them at hello (the desk checks an answer's item against them). */
    Set<Long> itemIds() {
        return itemIds;
    }
}
