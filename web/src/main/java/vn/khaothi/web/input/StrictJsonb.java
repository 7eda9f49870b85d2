package vn.khaothi.web.input;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON-B the REST API binds with: the platform's defaults, except that whole numbers and
 * instants are read strictly (issue 11, findings 9 and 13). By default {@code "grade": 2^40} became
 * 0 (int wrap-around) and {@code "opensAt": "+99999-01-01T00:00:00Z"} reached the database and
 * answered 500. A number that does not fit its field, or a time outside {@value #FIRST_YEAR}–{@value #LAST_YEAR},
 * is now a 400 saying so.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 2199;
    private static final Instant EARLIEST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z");

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new IntegerReader(), new LongReader(), new InstantReader()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** The current value as a number. (Yasson's parser for deserializers has no currentEvent(); getValue() works.) */
    private static BigDecimal number(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                throw new RefusedValue("\"" + shorten(s.getString()) + "\" is not a number");
            }
        }
        throw new RefusedValue("a number is expected");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static final class IntegerReader implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            BigDecimal n = number(parser);
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw new RefusedValue(shorten(n.toString()) + " is not a whole number from " + Integer.MIN_VALUE
                        + " to " + Integer.MAX_VALUE);
            }
        }
    }

    static final class LongReader implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            BigDecimal n = number(parser);
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                throw new RefusedValue(shorten(n.toString()) + " is not a whole number that fits (at most " + Long.MAX_VALUE + ")");
            }
        }
    }

    static final class InstantReader implements JsonbDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            if (!(parser.getValue() instanceof JsonString s)) {
                throw new RefusedValue("a time is written as an ISO-8601 text, e.g. \"2026-12-03T07:30:00Z\"");
            }
            String text = s.getString();
            Instant at;
            try {
                at = Instant.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new RefusedValue("\"" + shorten(text) + "\" is not an ISO-8601 time such as \"2026-12-03T07:30:00Z\"");
            }
            if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
                throw new RefusedValue("\"" + shorten(text) + "\" is outside the years " + FIRST_YEAR + "–" + LAST_YEAR);
            }
            return at;
        }
    }
}
