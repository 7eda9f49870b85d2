package vn.khaothi.web.sitting;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** Sittings' and attempts' refusals as {@code {"error","message","details"}} with their status. */
@Provider
public class SittingProblemMapper implements ExceptionMapper<SittingProblem> {

    @Override
    public Response toResponse(SittingProblem e) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 400;
            case UNPROCESSABLE -> 422;
        };
        return new ApiExceptionMapper().toResponse(new ApiException(status, e.code(), e.getMessage(), e.details()));
    }
}
