package vn.khaothi.proctor.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import vn.khaothi.engine.application.sitting.AnswerDesk;
import vn.khaothi.engine.domain.attempt.IntegrityEvent;
import vn.khaothi.engine.domain.attempt.IntegrityEventKind;

/**
 * Integrity events: handed to the engine's {@link AnswerDesk} (which stores them through the journal,
 * in the same group commits as the answers, and says which are incidents), then — for an incident
 * — pushed to the sitting's monitors as
 * {@code {"type":"incident","id","attemptId","studentId","kind","at","severity"}} with the stored
 * event's id, which the review endpoint takes.
 */
@ApplicationScoped
public class IncidentFeed {

    private static final Logger LOG = Logger.getLogger(IncidentFeed.class.getName());

    @Inject
    AnswerDesk desk;

    @Inject
    LiveHub hub;

    /**
     * Incidents already pushed, by the key the journal stores them under (attempt, kind, time): the
     * same event sent 50 times is stored once (the journal ignores the duplicates) and now pushed
     * once too (issue 11, finding 8). Forgotten wholesale past a bound; a repeat after that is pushed
     * again, which is harmless.
     */
    private final Set<String> pushed = ConcurrentHashMap.newKeySet();
    static final int PUSHED_REMEMBERED = 100_000;

    void record(AttemptConnection c, IntegrityEventKind kind, Instant at) {
        desk.recordIncident(c.attemptId(), kind, at).whenComplete((receipt, failure) -> {
            if (failure != null) {
                LOG.warning("integrity event of attempt " + c.attemptId() + " not stored: " + failure);
                return;
            }
            if (receipt.incident() && firstPush(receipt.event()) && hub.watched(c.sittingId())) {
                hub.later(() -> push(c, receipt.event()));
            }
        });
    }

    private boolean firstPush(IntegrityEvent event) {
        if (pushed.size() > PUSHED_REMEMBERED) {
            pushed.clear();
        }
        return pushed.add(event.attemptId() + "/" + event.kind() + "/" + event.occurredAt());
    }

    private void push(AttemptConnection c, IntegrityEvent event) {
        Long id;
        try {
            id = desk.incidentId(event).orElse(null);
        } catch (RuntimeException e) {
            id = null;
        }
        var message = Outbound.type("incident");
        if (id == null) {
            message.addNull("id");
        } else {
            message.add("id", id);
        }
        hub.toMonitors(c.sittingId(), message.add("attemptId", event.attemptId()).add("studentId", c.username())
                .add("kind", event.kind().name()).add("at", event.occurredAt().toString())
                .add("severity", event.severity().name()).build());
        hub.sendUpdate(c.sittingId(), c.attemptId());
    }
}
