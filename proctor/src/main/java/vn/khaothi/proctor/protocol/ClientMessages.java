package vn.khaothi.proctor.protocol;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parses and checks one text frame of the attempt socket; nothing malformed gets further. */
public final class ClientMessages {

    /** A frame larger than this is not a real message (essays included). */
    static final int MAX_FRAME_CHARS = 64 * 1024;
    /** A response (the JSON of one answer) larger than this is refused: about 5,000 words of an essay. */
    public static final int MAX_ANSWER_CHARS = 32 * 1024;
    /**
     * The largest seq: the largest whole number a browser counts exactly (2^53 - 1). A page counts
     * from 1 per attempt, so a larger one (or 2^64 + 5, which used to wrap to 5) is not a page's.
     */
    public static final long MAX_SEQ = 9_007_199_254_740_991L;
    /** An event's time (by the student's clock, which may be wrong) lies in these years, or the event is refused. */
    static final Instant EARLIEST_EVENT = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST_EVENT = Instant.parse("2200-01-01T00:00:00Z");

    private ClientMessages() {
    }

    public static ClientMessage parse(String frame) throws ProtocolException {
        if (frame == null || frame.length() > MAX_FRAME_CHARS) {
            throw new ProtocolException("FRAME_TOO_LARGE", "A message is at most " + MAX_FRAME_CHARS + " characters");
        }
        JsonObject json;
        try {
            json = readOne(frame);
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
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
        if (!(seq instanceof JsonNumber number) || !isSeq(number.bigDecimalValue())) {
            throw new ProtocolException("INVALID_SEQ", "seq is a whole number from 1 to " + MAX_SEQ);
        }
        JsonValue response = json.get("response");
        if (!(response instanceof JsonObject object)) {
            throw new ProtocolException("INVALID_RESPONSE", "response is a JSON object");
        }
        if (object.toString().length() > MAX_ANSWER_CHARS) {
            throw new ProtocolException("ANSWER_TOO_LARGE", "An answer is at most " + MAX_ANSWER_CHARS + " characters");
        }
        return new ClientMessage.Answer(number.longValueExact(), itemId(json), object);
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
        if (at.isBefore(EARLIEST_EVENT) || !at.isBefore(LATEST_EVENT)) {
            throw new ProtocolException("INVALID_EVENT", "at is a time between the years 2000 and 2199");
        }
        return new ClientMessage.Event(kind, at);
    }

    /** Exactly one JSON object: the parser is walked to the end, so {@code {"a":1}}} is refused. */
    private static JsonObject readOne(String frame) {
        try (jakarta.json.stream.JsonParser parser = JSON.createParser(new StringReader(frame))) {
            if (parser.next() != jakarta.json.stream.JsonParser.Event.START_OBJECT) {
                throw new JsonException("not an object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new JsonException("more after the object");
            }
            return object;
        }
    }

    /** 1 ≤ seq ≤ MAX_SEQ, judged on the exact value (1e400 is never expanded). */
    private static boolean isSeq(java.math.BigDecimal n) {
        if (n.signum() <= 0 || n.precision() - n.scale() > 16) {
            return false;
        }
        try {
            long v = n.longValueExact();
            return v <= MAX_SEQ;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    static String string(JsonObject json, String field) throws ProtocolException {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING || json.getString(field).isBlank()) {
            throw new ProtocolException("MISSING_FIELD", field + " is required");
        }
        return json.getString(field);
    }
}
