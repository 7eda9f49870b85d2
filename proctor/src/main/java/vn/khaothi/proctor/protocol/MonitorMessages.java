package vn.khaothi.proctor.protocol;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Parses and checks one text frame of the monitor socket. */
public final class MonitorMessages {

    static final int MAX_FRAME_CHARS = 8 * 1024;
    static final int MAX_TEXT_CHARS = 500;

    private MonitorMessages() {
    }

    public static MonitorMessage parse(String frame) throws ProtocolException {
        if (frame == null || frame.length() > MAX_FRAME_CHARS) {
            throw new ProtocolException("FRAME_TOO_LARGE", "A message is at most " + MAX_FRAME_CHARS + " characters");
        }
        JsonObject json;
        try {
            json = JSON.createReader(new StringReader(frame)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ProtocolException("MALFORMED", "A message is one JSON object");
        }
        String type = ClientMessages.string(json, "type");
        return switch (type) {
            case "hello" -> new MonitorMessage.Hello(ClientMessages.string(json, "token"));
            case "command" -> command(json);
            default -> throw new ProtocolException("UNKNOWN_TYPE", "Unknown message type " + type);
        };
    }

    private static MonitorMessage.Command command(JsonObject json) throws ProtocolException {
        MonitorMessage.Action action;
        try {
            action = MonitorMessage.Action.valueOf(ClientMessages.string(json, "action"));
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("INVALID_ACTION", "action is MESSAGE, PAUSE, RESUME, EXTEND, TERMINATE or ADMIT");
        }
        Long attemptId = attemptId(json.get("attemptId"));
        if (attemptId == null && action != MonitorMessage.Action.MESSAGE) {
            throw new ProtocolException("MISSING_FIELD", "attemptId is required");
        }
        String text = json.get("text") instanceof JsonString s ? s.getString().strip() : null;
        if (text != null && text.length() > MAX_TEXT_CHARS) {
            throw new ProtocolException("INVALID_TEXT", "text is at most " + MAX_TEXT_CHARS + " characters");
        }
        if (action == MonitorMessage.Action.MESSAGE && (text == null || text.isEmpty())) {
            throw new ProtocolException("MISSING_FIELD", "text is required");
        }
        Integer minutes = null;
        if (action == MonitorMessage.Action.EXTEND) {
            if (!(json.get("minutes") instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 1 || n.intValue() > 600) {
                throw new ProtocolException("INVALID_MINUTES", "minutes is a whole number 1-600");
            }
            minutes = n.intValue();
        }
        boolean overrideClose = action == MonitorMessage.Action.EXTEND && json.get("overrideClose") != null
                && json.get("overrideClose").getValueType() == JsonValue.ValueType.TRUE;
        return new MonitorMessage.Command(action, attemptId, text, minutes, overrideClose);
    }

    private static Long attemptId(JsonValue value) throws ProtocolException {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonNumber n && n.isIntegral()) {
                return n.longValueExact();
            }
            if (value instanceof JsonString s) {
                return Long.parseLong(s.getString());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through
        }
        throw new ProtocolException("INVALID_ATTEMPT", "attemptId is a number");
    }
}
