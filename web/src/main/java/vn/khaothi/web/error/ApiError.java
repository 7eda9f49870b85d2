package vn.khaothi.web.error;

/** Every 4xx/5xx body (api-contract.md, "Errors"): a code, a human message, optional details. */
public record ApiError(String error, String message, Object details) {
}
