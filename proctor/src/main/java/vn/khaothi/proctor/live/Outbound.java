package vn.khaothi.proctor.live;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends on a socket without blocking the caller (acks go out from the journal's writer thread):
 * the async remote, one send at a time per session so that messages keep their order.
 */
final class Outbound {

    private static final Logger LOG = Logger.getLogger(Outbound.class.getName());

    private Outbound() {
    }

    static void send(Session session, JsonObject message) {
        if (session == null || !session.isOpen()) {
            return;
        }
        String text = message.toString();
        synchronized (session) {
            try {
                session.getAsyncRemote().sendText(text);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "send failed on " + session.getId(), e);
            }
        }
    }

    static JsonObjectBuilder type(String type) {
        return JSON.createObjectBuilder().add("type", type);
    }

    static JsonObject error(String code, String message) {
        return type("error").add("code", code).add("message", message == null ? code : message).build();
    }

    static void close(Session session, int code, String reason) {
        if (session == null || !session.isOpen()) {
            return;
        }
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "close failed on " + session.getId(), e);
        }
    }
}
