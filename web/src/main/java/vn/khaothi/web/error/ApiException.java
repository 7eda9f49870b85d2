package vn.khaothi.web.error;

import jakarta.ws.rs.core.Response;
import vn.khaothi.itembank.domain.Refusal;

/** A refusal with its HTTP status and error code; nothing has been changed when it is thrown. */
public class ApiException extends RuntimeException implements Refusal {

    private final int status;
    private final String code;
    private final transient Object details;

    public ApiException(int status, String code, String message, Object details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public ApiException(Response.Status status, String code, String message) {
        this(status.getStatusCode(), code, message, null);
    }

    public static ApiException unauthenticated() {
        return new ApiException(Response.Status.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in first: no valid bearer token");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Response.Status.FORBIDDEN, "FORBIDDEN", message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(Response.Status.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "VALIDATION_FAILED", message,
                java.util.List.of(java.util.Map.of("field", field, "message", message)));
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(Response.Status.CONFLICT, code, message);
    }

    @Override
    public int status() {
        return status;
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
