package vn.khaothi.web.gradebook;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Caller;

/** The signed-in caller as the gradebook's {@link Actor}, and the JSON bodies' fields. */
final class GradebookCallers {

    private GradebookCallers() {
    }

    static Actor actor(SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof Caller caller)) {
            throw ApiException.unauthenticated();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : caller.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                // a role the gradebook does not know gives no right here
            }
        }
        return new Actor(caller.username(), roles);
    }

    static JsonObject body(JsonObject body) {
        if (body == null) {
            throw ApiException.invalid("body", "Gửi nội dung JSON");
        }
        return body;
    }

    static String text(JsonObject body, String field, boolean required) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw ApiException.invalid(field, "Thiếu trường «" + field + "»");
            }
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    static int integer(JsonObject body, String field) {
        String text = text(body, field, true);
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "«" + field + "» phải là một số nguyên");
        }
    }

    static Integer optionalInteger(JsonObject body, String field) {
        return text(body, field, false) == null ? null : integer(body, field);
    }

    /** A score as sent: a JSON number (kept exactly as written), a string ("8,5", "Đ"), or null. */
    static Object score(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw ApiException.invalid(field, "«" + field + "» là một điểm (số hoặc chuỗi)");
    }

    static int semester(String value) {
        if (value == null || !(value.strip().equals("1") || value.strip().equals("2"))) {
            throw ApiException.invalid("semester", "Học kì (semester) là 1 hoặc 2");
        }
        return Integer.parseInt(value.strip());
    }
}
