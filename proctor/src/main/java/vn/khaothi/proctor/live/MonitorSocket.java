package vn.khaothi.proctor.live;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.engine.application.sitting.SittingService;
import vn.khaothi.engine.application.sitting.SittingViews;
import vn.khaothi.proctor.protocol.CloseCodes;
import vn.khaothi.proctor.protocol.MonitorMessage;
import vn.khaothi.proctor.protocol.MonitorMessages;
import vn.khaothi.proctor.protocol.ProtocolException;

/**
 * A proctor's socket {@code /ws/sittings/{sittingId}/monitor} (api-contract.md, "Monitor socket"):
 * hello → roster; then {@code update} and {@code incident} as things change; commands MESSAGE,
 * PAUSE, RESUME, EXTEND, TERMINATE, ADMIT → {@code done} or {@code error}. Proctors of the sitting
 * only (4403 for anyone else).
 */
@ServerEndpoint("/ws/sittings/{sittingId}/monitor")
public class MonitorSocket {

    private static final Logger LOG = Logger.getLogger(MonitorSocket.class.getName());

    @Inject
    LiveHub hub;

    @Inject
    SittingService sittings;

    @Inject
    SocketAuthenticator authenticator;

    @Inject
    LiveCommands commands;

    private volatile MonitorConnection connection;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(AttemptSocket.IDLE_TIMEOUT_MS * 5);
        hub.after(AttemptSocket.HELLO_TIMEOUT_MS, () -> {
            if (connection == null && session.isOpen()) {
                Outbound.close(session, CloseCodes.NOT_AUTHENTICATED, "no hello within 5 s");
            }
        });
    }

    @OnMessage
    public void message(Session session, String frame, @PathParam("sittingId") String sittingIdText) {
        MonitorMessage message;
        try {
            message = MonitorMessages.parse(frame);
        } catch (ProtocolException e) {
            if (frame != null && frame.contains("\"heartbeat\"")) {
                return;  // a dashboard's keep-alive needs no answer
            }
            Outbound.send(session, Outbound.error(e.code(), e.getMessage()));
            return;
        }
        if (connection == null) {
            if (message instanceof MonitorMessage.Hello hello) {
                hello(session, hello, sittingIdText);
            } else {
                Outbound.close(session, CloseCodes.NOT_AUTHENTICATED, "hello first");
            }
            return;
        }
        if (message instanceof MonitorMessage.Command command) {
            try {
                Outbound.send(session, commands.run(connection.sittingId(), command, connection.username()));
            } catch (SittingProblem e) {
                Outbound.send(session, JSON.createObjectBuilder(Outbound.error(e.code(), e.getMessage()))
                        .add("action", command.action().name())
                        .add("attemptId", command.attemptId() == null ? JsonValue.NULL : JSON.createValue(command.attemptId()))
                        .build());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "monitor command failed", e);
                Outbound.send(session, Outbound.error("SERVER_ERROR", "The command could not be carried out"));
            }
        } else {
            sendRoster(session, connection.sittingId());
        }
    }

    private void hello(Session session, MonitorMessage.Hello hello, String sittingIdText) {
        var user = authenticator.verify(hello.token());
        if (user.isEmpty()) {
            Outbound.close(session, CloseCodes.NOT_AUTHENTICATED, "invalid token");
            return;
        }
        long sittingId;
        try {
            sittingId = Long.parseLong(sittingIdText);
            if (!sittings.isProctor(sittingId, user.get().username())) {
                throw SittingProblem.forbidden("FORBIDDEN", "not a proctor");
            }
        } catch (NumberFormatException | SittingProblem e) {
            Outbound.close(session, CloseCodes.NOT_YOURS, "not a proctor of this sitting");
            return;
        }
        MonitorConnection mine = new MonitorConnection(session, sittingId, user.get().username());
        connection = mine;
        hub.addMonitor(mine);
        sendRoster(session, sittingId);
    }

    private void sendRoster(Session session, long sittingId) {
        JsonArrayBuilder students = JSON.createArrayBuilder();
        for (SittingViews.RosterEntry row : sittings.roster(sittingId, null, hub::isConnected)) {
            students.add(JSON.createObjectBuilder().add("studentId", row.studentId()).add("studentName", row.studentName())
                    .add("attemptId", row.attemptId()).add("status", row.status()).add("connected", row.connected())
                    .add("answered", row.answered()).add("remainingSeconds", row.remainingSeconds())
                    .add("incidents", row.incidents()).add("admitted", row.admitted()));
        }
        Outbound.send(session, Outbound.type("roster").add("sittingId", sittingId).add("students", students).build());
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        MonitorConnection c = connection;
        if (c != null) {
            hub.removeMonitor(c);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.FINE, "monitor socket error", failure);
    }
}
