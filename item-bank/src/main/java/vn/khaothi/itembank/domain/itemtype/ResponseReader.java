package vn.khaothi.itembank.domain.itemtype;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the fields of a response object, failing with {@link MalformedResponseException}. */
final class ResponseReader {

    private ResponseReader() {
    }

    static boolean isUnanswered(JsonObject response) {
        return response == null || response.isEmpty();
    }

    private static JsonValue field(JsonObject response, String name) {
        JsonValue value = response.get(name);
        if (value == null || value == JsonValue.NULL) {
            throw new MalformedResponseException("response must have a \"" + name + "\" field");
        }
        return value;
    }

    static String string(JsonObject response, String name) {
        JsonValue value = field(response, name);
        if (!(value instanceof JsonString s)) {
            throw new MalformedResponseException("\"" + name + "\" must be a string");
        }
        return s.getString();
    }

    static boolean bool(JsonObject response, String name) {
        JsonValue value = field(response, name);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw new MalformedResponseException("\"" + name + "\" must be true or false");
    }

    static List<String> strings(JsonObject response, String name) {
        JsonValue value = field(response, name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new MalformedResponseException("\"" + name + "\" must be an array of ids");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue v : value.asJsonArray()) {
            if (!(v instanceof JsonString s)) {
                throw new MalformedResponseException("\"" + name + "\" must hold only strings");
            }
            out.add(s.getString());
        }
        return out;
    }

    static Map<String, JsonValue> object(JsonObject response, String name) {
        JsonValue value = field(response, name);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedResponseException("\"" + name + "\" must be an object");
        }
        return new LinkedHashMap<>(value.asJsonObject());
    }

    static Map<String, String> stringMap(JsonObject response, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        object(response, name).forEach((k, v) -> {
            if (!(v instanceof JsonString s)) {
                throw new MalformedResponseException("\"" + name + "\"." + k + " must be a string");
            }
            out.put(k, s.getString());
        });
        return out;
    }

    static Map<String, Boolean> booleanMap(JsonObject response, String name) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        object(response, name).forEach((k, v) -> {
            if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
                throw new MalformedResponseException("\"" + name + "\"." + k + " must be true or false");
            }
            out.put(k, v == JsonValue.TRUE);
        });
        return out;
    }
}
