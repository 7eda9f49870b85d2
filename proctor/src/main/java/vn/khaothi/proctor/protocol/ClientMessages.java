package vn.khaothi.proctor.protocol;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parses and checks one text frame of the attempt socket; nothing malformed gets further. */
public final class ClientMessages {

    /** An answer larger than this is not a real answer (essays included). */
    static final int MAX_FRAME_CHARS = 64 * 1024;

    private ClientMessages() {
    }

    public static ClientMessage parse(String frame) throws ProtocolException {
        if (frame == null || frame.length() > MAX_FRAME_CHARS) {
            throw new ProtocolException("FRAME_TOO_LARGE", "A message is at most " + MAX_FRAME_CHARS + " characters");
        }
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(frame)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ProtocolException("MALFORMED", "A message is one JSON object");
        }
        String type = string(json, "type");
        return switch (type) {
            case "hello" -> new ClientMessage.Hello(string(json, "token"));
            case "answer" -> answer(json);
            case "event" -> event(json);
            case "heartbeat" -> new ClientMessage.Heartbeat();
            case "submit" -> new ClientMessage.Submit();
            default -> throw new ProtocolException("UNKNOWN_TYPE", "Unknown message type " + type);
        };
    }

    private static ClientMessage.Answer answer(JsonObject json) throws ProtocolException {
        JsonValue seq = json.get("seq");
        if (!(seq instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1) {
            throw new ProtocolException("INVALID_SEQ", "seq is a whole number from 1");
        }
        JsonValue response = json.get("response");
        if (!(response instanceof JsonObject object)) {
            throw new ProtocolException("INVALID_RESPONSE", "response is a JSON object");
        }
        return new ClientMessage.Answer(number.longValue(), itemId(json), object);
    }

    /** The item id as the attempt's items give it (a string); a whole number is accepted too. */
    private static String itemId(JsonObject json) throws ProtocolException {
        if (json.get("itemId") instanceof JsonNumber n && n.isIntegral()) {
            return n.bigIntegerValue().toString();
        }
        return string(json, "itemId");
    }

    private static ClientMessage.Event event(JsonObject json) throws ProtocolException {
        ClientMessage.EventKind kind;
        try {
            kind = ClientMessage.EventKind.valueOf(string(json, "kind"));
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("INVALID_EVENT", "Unknown event kind " + json.get("kind"));
        }
        Instant at;
        try {
            at = json.containsKey("at") ? Instant.parse(string(json, "at")) : Instant.now();
        } catch (DateTimeParseException e) {
            throw new ProtocolException("INVALID_EVENT", "at is an ISO-8601 instant");
        }
        return new ClientMessage.Event(kind, at);
    }

    static String string(JsonObject json, String field) throws ProtocolException {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING || json.getString(field).isBlank()) {
            throw new ProtocolException("MISSING_FIELD", field + " is required");
        }
        return json.getString(field);
    }
}
