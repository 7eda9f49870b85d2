package vn.khaothi.proctor.live;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import vn.khaothi.engine.application.sitting.AnswerDesk;
import vn.khaothi.engine.application.sitting.AttemptClosed;
import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.sitting.ProctorActions;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.engine.application.sitting.SittingService;
import vn.khaothi.engine.application.sitting.SittingViews;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.application.sitting.AttemptRef;
import vn.khaothi.proctor.protocol.MonitorMessage;

/**
 * A proctor's commands, carried out by the engine on the stored attempt, and the engine's own
 * closes ({@link AttemptClosed}, observed), then told to the student's socket and to the sitting's
 * monitors.
 */
@ApplicationScoped
public class LiveCommands {

    @Inject
    AttemptService attempts;

    @Inject
    SittingService sittings;

    @Inject
    LiveHub hub;

    @Inject
    ProctorActions actions;

    @Inject
    AnswerDesk desk;

    /** Keeps the action for the attempt report (the engine's; a failed write never undoes the action). */
    private void log(long sittingId, Long attemptId, MonitorMessage.Command command, String proctor) {
        if (actions != null) {
            actions.record(sittingId, attemptId, command.action().name(), command.text(), proctor);
        }
    }

    /** Runs a monitor's command on an attempt of its sitting; answers {@code done}, or throws a SittingProblem. */
    JsonObject run(long sittingId, MonitorMessage.Command command) {
        return run(sittingId, command, null);
    }

    /** As {@link #run(long, MonitorMessage.Command)}, naming the proctor (kept with an EXTEND for the report). */
    JsonObject run(long sittingId, MonitorMessage.Command command, String proctor) {
        if (command.attemptId() == null) {
            // MESSAGE to every student of the sitting connected here.
            JsonObject message = Outbound.type("message").add("text", command.text()).build();
            for (SittingViews.RosterEntry row : sittings.roster(sittingId, null, hub::isConnected)) {
                hub.toAttempt(row.attemptId(), message);
            }
            log(sittingId, null, command, proctor);
            return Outbound.type("done").add("action", command.action().name()).add("attemptId", JsonValue.NULL).build();
        }
        long attemptId = command.attemptId();
        AttemptRef ref = attempts.ref(attemptId);
        if (ref.sittingId() != sittingId) {
            throw SittingProblem.forbidden("NOT_IN_SITTING", "Attempt " + attemptId + " is not in this sitting");
        }
        switch (command.action()) {
            case MESSAGE -> hub.toAttempt(attemptId, Outbound.type("message").add("text", command.text()).build());
            case PAUSE -> {
                Attempt a = attempts.pause(attemptId);
                hub.refresh(attemptId, a);
                hub.toAttempt(attemptId, Outbound.type("paused")
                        .add("remainingSeconds", desk.remainingSeconds(a)).build());
            }
            case RESUME -> {
                Attempt a = attempts.resume(attemptId);
                hub.refresh(attemptId, a);
                hub.toAttempt(attemptId, Outbound.type("resumed").add("deadline", deadline(a)).build());
            }
            case EXTEND -> {
                AttemptService.Extended x = attempts.extend(attemptId, command.minutes(), command.overrideClose(), proctor);
                Attempt a = x.attempt();
                hub.refresh(attemptId, a);
                hub.toAttempt(attemptId, Outbound.type("extended").add("deadline", deadline(a))
                        .add("remainingSeconds", desk.remainingSeconds(a)).build());
                hub.sendUpdate(sittingId, attemptId);
                // The proctor learns what was granted: less than asked when the sitting's close capped it.
                return Outbound.type("done").add("action", command.action().name()).add("attemptId", attemptId)
                        .add("grantedSeconds", x.granted().toSeconds()).add("capped", x.capped()).build();
            }
            case TERMINATE -> {
                String note = command.text() == null || command.text().isBlank() ? "PROCTOR" : command.text();
                attempts.terminate(attemptId, note);
                AttemptConnection c = hub.connection(attemptId);
                JsonObject terminated = Outbound.type("terminated").add("reason", note).build();
                if (c != null) {
                    Outbound.send(c.session(), terminated);
                    closeAfterSubmit(c, "PROCTOR");
                } else {
                    hub.closeElsewhere(attemptId, terminated, "PROCTOR"); // the socket may be on another node
                }
            }
            case ADMIT -> {
                attempts.admit(attemptId);
                hub.toAttempt(attemptId, Outbound.type("admitted").build());
            }
            default -> throw new IllegalStateException("unhandled " + command.action());
        }
        log(sittingId, attemptId, command, proctor);
        hub.sendUpdate(sittingId, attemptId);
        return Outbound.type("done").add("action", command.action().name()).add("attemptId", attemptId).build();
    }

    /** The engine's sweep closed an attempt at its deadline: tell its socket (if here) and its monitors. */
    void closed(@Observes AttemptClosed closed) {
        AttemptConnection c = hub.connection(closed.attemptId());
        if (c != null) {
            closeAfterSubmit(c, closed.reason().name());
        } else {
            hub.closeElsewhere(closed.attemptId(), null, closed.reason().name()); // held by another node, if any
        }
        hub.updateLater(closed.sittingId(), closed.attemptId());
    }

    /** {@code submitted} then a normal close: a closed attempt takes no more messages (a reconnect gets 4410). */
    void closeAfterSubmit(AttemptConnection c, String reason) {
        hub.release(c);
        Outbound.send(c.session(), Outbound.type("submitted").add("reason", reason).build());
        // Let the message leave before the close frame.
        hub.after(200, () -> Outbound.close(c.session(), 1000, "submitted"));
    }

    static JsonValue deadline(Attempt a) {
        return a.deadline().map(d -> (JsonValue) JSON.createValue(d.toString())).orElse(JsonValue.NULL);
    }
}
