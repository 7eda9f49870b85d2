package vn.khaothi.web.error;

import vn.khaothi.itembank.domain.Refusal;

/** Web's own refusal (a body too large, a sign-in refused…); nothing has been changed when it is thrown. */
public class ApiException extends RuntimeException implements Refusal {

    private final Kind kind;
    private final String code;
    private final transient Object details;

    public ApiException(Kind kind, String code, String message, Object details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = details;
    }

    public ApiException(Kind kind, String code, String message) {
        this(kind, code, message, null);
    }

    public static ApiException unauthenticated() {
        return new ApiException(Kind.UNAUTHENTICATED, "UNAUTHENTICATED", "Sign in first: no valid bearer token");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Kind.FORBIDDEN, "FORBIDDEN", message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(Kind.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(Kind.INVALID, "VALIDATION_FAILED", message,
                java.util.List.of(java.util.Map.of("field", field, "message", message)));
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(Kind.CONFLICT, code, message);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Object details() {
        return details;
    }
}
