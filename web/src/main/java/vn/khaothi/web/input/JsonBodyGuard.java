package vn.khaothi.web.input;

import vn.khaothi.itembank.domain.Refusal;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import vn.khaothi.web.error.ApiException;

/**
 * Every JSON request body is checked whole before JSON-B binds it (issue 11, findings 4 and 13).
 * JSON-B reads one value and stops, so {@code {"a":1}}} was accepted; it turns 1e2000 into a number
 * nothing downstream can store, and wraps 2^63 into a negative id. Here the body must be exactly one
 * well-formed JSON value, at most {@value #MAX_BYTES} bytes and {@value #MAX_DEPTH} levels deep, and
 * every number must be one a person could mean: at most {@value #MAX_DIGITS} digits before and
 * {@value #MAX_DIGITS} after the decimal point. Raw uploads (an {@code InputStream} or {@code byte[]}
 * parameter: imports, evidence) are left to their own limits. Limits: docs/security-inputs.md.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    static final int MAX_DIGITS = 15;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        Class<?> target = context.getType();
        if (type == null || !isJson(type) || target == InputStream.class || target == byte[].class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ApiException(Refusal.Kind.TOO_LARGE, "BODY_TOO_LARGE", "The request body is larger than " + (MAX_BYTES >> 20)
                    + " MB", null);
        }
        if (body.length > 0) {
            check(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    /** Throws a 400 naming what is wrong; returns when the body is one sane JSON value. */
    static void check(byte[] body) {
        String field = "body";
        int depth = 0;
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            // Walking to the end makes the parser read past the value: anything after it is refused.
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw ApiException.invalid(field, "The JSON is nested more than " + MAX_DEPTH + " levels deep");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> field = parser.getString();
                    case VALUE_NUMBER -> number(field, parser.getBigDecimal());
                    default -> {
                    }
                }
            }
        } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException e) {
            throw malformed("The request body is not one well-formed JSON value"
                    + (e instanceof JsonParsingException p && p.getLocation() != null
                    ? " (look near line " + p.getLocation().getLineNumber() + ", column " + p.getLocation().getColumnNumber() + ")"
                    : ""));
        } catch (jakarta.json.JsonException e) {
            throw malformed("The request body is not one well-formed JSON value");
        }
    }

    private static void number(String field, BigDecimal n) {
        long integerDigits = n.signum() == 0 ? 0 : (long) n.precision() - n.scale();
        long decimals = n.signum() == 0 ? 0 : Math.max(0, (long) n.stripTrailingZeros().scale());
        if (integerDigits > MAX_DIGITS || decimals > MAX_DIGITS) {
            String shown = n.toString();
            throw ApiException.invalid(field, field + ": " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                    + " is not a usable number (at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS
                    + " after the decimal point)");
        }
    }

    /** Broken JSON is MALFORMED_REQUEST, as it always was (api-contract: 400 malformed input); a bad value is VALIDATION_FAILED. */
    private static ApiException malformed(String message) {
        return new ApiException(Refusal.Kind.INVALID, "MALFORMED_REQUEST", message,
                java.util.List.of(java.util.Map.of("field", "body", "message", message)));
    }
}
