package vn.khaothi.itembank.domain.json;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * Reading and writing the fields of the stored item JSON (docs/item-formats.md, "Stored content"), shared by
 * {@code ItemContentJson} and the item types' body codecs. A wrong shape is an {@link IllegalArgumentException}
 * whose message names the field in words ({@code options[2]: id is missing or not text}), never a JSON library's
 * own message: it reaches the teacher who sent the content.
 */
public final class JsonFields {

    private JsonFields() {
    }

    public static RichText html(JsonObject o, String name) {
        return RichText.html(o.getString(name, ""));
    }

    public static String text(JsonObject o, String name) {
        if (o.get(name) instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException(name + " is missing or not text");
    }

    public static boolean bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw new IllegalArgumentException(name + " must be true or false");
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, JsonObject o, String name) {
        String value = o.get(name) instanceof JsonString s ? s.getString() : "";
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(name + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    public static BigDecimal requiredNum(JsonObject o, String name) {
        BigDecimal n = num(o, name);
        if (n == null) {
            throw new IllegalArgumentException(name + " is missing or not a number");
        }
        return n;
    }

    /** The number, or null when the field is missing or null. */
    public static BigDecimal num(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw new IllegalArgumentException(name + " must be a number");
    }

    /** A list of objects, each read by {@code read}; a problem names its index ({@code gaps[1]: …}). */
    public static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> read) {
        return list(o, name, JsonObject.class, "an object", read);
    }

    public static <J extends JsonValue, T> List<T> list(JsonObject o, String name, Class<J> shape, String shapeName,
                                                        Function<J, T> read) {
        if (!(o.get(name) instanceof JsonArray array)) {
            throw new IllegalArgumentException(name + " must be a list");
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (!shape.isInstance(v)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be " + shapeName);
            }
            try {
                out.add(read.apply(shape.cast(v)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + "[" + i + "]: " + e.getMessage(), e);
            }
        }
        return out;
    }

    public static <T> JsonArrayBuilder array(List<T> elements, Function<T, JsonObjectBuilder> write) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        elements.forEach(e -> a.add(write.apply(e)));
        return a;
    }

    public static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    /** Never "1E+1": a number with trailing zeros stripped is written with scale 0 at least (10, not 1E+1). */
    public static BigDecimal plain(BigDecimal v) {
        return v != null && v.scale() < 0 ? v.setScale(0) : v;
    }
}
