package vn.khaothi.proctor.live;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.khaothi.engine.application.sitting.AnswerDesk;
import vn.khaothi.engine.application.sitting.AttemptView;
import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.IntegrityEventKind;
import vn.khaothi.proctor.protocol.ClientMessage;
import vn.khaothi.proctor.protocol.ClientMessages;
import vn.khaothi.proctor.protocol.CloseCodes;
import vn.khaothi.proctor.protocol.ProtocolException;

/**
 * The student's socket {@code /ws/attempts/{attemptId}} (api-contract.md, "Attempt socket"):
 * hello → state; answer → relayed to the engine's {@link AnswerDesk}, whose receipt becomes the
 * {@code ack} (only once committed) or the refusal; events → incidents for the monitors; heartbeat;
 * submit. The socket decides nothing about an answer except its own flood limit (a transport
 * budget per connection): the desk checks it against the stored attempt.
 */
@ServerEndpoint("/ws/attempts/{attemptId}")
public class AttemptSocket {

    private static final Logger LOG = Logger.getLogger(AttemptSocket.class.getName());
    static final long HELLO_TIMEOUT_MS = 5_000;
    /** A socket silent for this long (no heartbeat every ≤ 15 s) is dead: the roster shows it disconnected. */
    public static final long IDLE_TIMEOUT_MS = 60_000;

    @Inject
    LiveHub hub;

    @Inject
    AttemptService attempts;

    @Inject
    AnswerDesk desk;

    @Inject
    SocketAuthenticator authenticator;

    @Inject
    LiveCommands commands;

    @Inject
    IncidentFeed incidents;

    private volatile AttemptConnection connection;
    private volatile boolean closedByServer;

    @OnOpen
    public void open(Session session, @PathParam("attemptId") String attemptId) {
        session.setMaxIdleTimeout(IDLE_TIMEOUT_MS);
        hub.after(HELLO_TIMEOUT_MS, () -> {
            if (connection == null && session.isOpen()) {
                closedByServer = true;
                Outbound.close(session, CloseCodes.NOT_AUTHENTICATED, "no hello within 5 s");
            }
        });
    }

    /**
     * The largest frame, in bytes: a bigger one closes the socket with 1009 (too big) before it is
     * buffered whole. Room for the largest answer ({@link ClientMessages#MAX_ANSWER_CHARS}) in UTF-8.
     */
    static final int MAX_FRAME_BYTES = 128 * 1024;

    @OnMessage(maxMessageSize = MAX_FRAME_BYTES)
    public void message(Session session, String frame, @PathParam("attemptId") String attemptIdText) {
        ClientMessage message;
        try {
            message = ClientMessages.parse(frame);
        } catch (ProtocolException e) {
            Outbound.send(session, Outbound.error(e.code(), e.getMessage()));
            return;
        }
        if (connection == null) {
            if (message instanceof ClientMessage.Hello hello) {
                hello(session, hello, attemptIdText);
            } else {
                closedByServer = true;
                Outbound.close(session, CloseCodes.NOT_AUTHENTICATED, "hello first");
            }
            return;
        }
        try {
            if (message instanceof ClientMessage.Answer a) {
                answer(connection, a);
            } else if (message instanceof ClientMessage.Event e) {
                event(connection, e);
            } else if (message instanceof ClientMessage.Heartbeat) {
                Outbound.send(session, Outbound.type("tick")
                        .add("remainingSeconds", connection.remainingSeconds(Instant.now())).build());
            } else if (message instanceof ClientMessage.Submit) {
                submit(connection);
            } else {
                Outbound.send(session, state(connection, attempts.current(connection.attemptId())));
            }
        } catch (SittingProblem e) {
            Outbound.send(session, Outbound.error(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "attempt socket " + attemptIdText + " failed on a message", e);
            Outbound.send(session, Outbound.error("SERVER_ERROR", "The server could not handle this message; send it again"));
        }
    }

    private void hello(Session session, ClientMessage.Hello hello, String attemptIdText) {
        var user = authenticator.verify(hello.token());
        if (user.isEmpty()) {
            closedByServer = true;
            Outbound.close(session, CloseCodes.NOT_AUTHENTICATED, "invalid token");
            return;
        }
        AttemptService.Live live;
        try {
            live = attempts.live(Long.parseLong(attemptIdText));
        } catch (NumberFormatException | SittingProblem e) {
            closedByServer = true;
            Outbound.close(session, CloseCodes.NOT_YOURS, "not your attempt");
            return;
        }
        if (!user.get().username().equals(live.ref().studentUsername())) {
            closedByServer = true;
            Outbound.close(session, CloseCodes.NOT_YOURS, "not your attempt");
            return;
        }
        if (live.attempt().status().isClosed()) {
            closedByServer = true;
            Outbound.close(session, CloseCodes.ATTEMPT_CLOSED, "attempt already closed");
            return;
        }
        AttemptConnection mine = new AttemptConnection(session, live.ref().id(), live.ref().sittingId(),
                live.ref().studentUsername(), live.itemIds(), live.attempt());
        connection = mine;
        AttemptConnection previous = hub.claim(mine);
        if (previous != null) {
            Outbound.close(previous.session(), CloseCodes.REPLACED, "replaced by a newer connection");
            incidents.record(mine, IntegrityEventKind.SECOND_DEVICE, Instant.now());
        }
        Outbound.send(session, state(mine, live.attempt(), live.ref().admittedAt() != null));
        hub.updateLater(mine.sittingId(), mine.attemptId());
    }

    private JsonObject state(AttemptConnection c, Attempt attempt) {
        return state(c, attempt, attempts.ref(c.attemptId()).admittedAt() != null);
    }

    private JsonObject state(AttemptConnection c, Attempt attempt, boolean admitted) {
        c.update(attempt);
        Map<Long, AnswerStep> answers = attempts.currentAnswers(c.attemptId());
        Instant now = desk.now();
        return Outbound.type("state")
                .add("attemptId", c.attemptId())
                .add("status", attempt.status().name())
                .add("deadline", LiveCommands.deadline(attempt))
                .add("serverTime", now.toString())
                .add("remainingSeconds", attempt.remainingSecondsAt(now))
                .add("lastSeq", AttemptView.lastSeq(answers))
                .add("answers", AnswersJson.answers(answers))
                .add("admitted", admitted)
                .build();
    }

    private void answer(AttemptConnection c, ClientMessage.Answer a) {
        if (!c.mayAnswer()) {
            Outbound.send(c.session(), refusal("RATE_LIMITED", "Too many answers at once: wait a moment and send "
                    + "this one again", a.seq()));
            return;
        }
        var receipt = desk.acceptAnswer(c.attemptId(), c.itemIds(), a.itemId(), a.seq(), a.response().toString());
        c.track(receipt);
        // At once for a refusal; on the journal's writer thread after the commit otherwise (sends are async).
        receipt.thenAccept(r -> {
            if (r.attempt() != null) {
                c.update(r.attempt());
            }
            if (r.accepted()) {
                Outbound.send(c.session(), Outbound.type("ack").add("seq", r.seq()).build());
                hub.updateLater(c.sittingId(), c.attemptId());
            } else {
                Outbound.send(c.session(), refusal(r.code(), r.message(), r.seq()));
            }
        });
    }

    private static JsonObject refusal(String code, String message, long seq) {
        return JSON.createObjectBuilder(Outbound.error(code, message)).add("seq", seq).build();
    }

    private void event(AttemptConnection c, ClientMessage.Event e) {
        if (!c.mayReport()) {
            Outbound.send(c.session(), Outbound.error("RATE_LIMITED", "Too many events at once; this one was not recorded"));
            return;
        }
        incidents.record(c, IntegrityEventKind.valueOf(e.kind().name()), e.at());
    }

    private void submit(AttemptConnection c) {
        try {
            c.drained().get(10, TimeUnit.SECONDS);  // answers accepted before the submit are in the log first
        } catch (Exception e) {
            LOG.fine("submit of " + c.attemptId() + " did not wait for every commit: " + e);
        }
        Attempt after = attempts.submit(c.attemptId());
        closedByServer = true;
        commands.closeAfterSubmit(c, after.submitReason().map(Enum::name).orElse("STUDENT"));
        hub.updateLater(c.sittingId(), c.attemptId());
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        AttemptConnection c = connection;
        if (c != null && hub.release(c)) {
            hub.updateLater(c.sittingId(), c.attemptId());
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "attempt socket error", failure);
    }
}
