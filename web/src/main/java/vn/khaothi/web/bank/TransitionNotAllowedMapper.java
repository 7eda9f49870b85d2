package vn.khaothi.web.bank;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import vn.khaothi.itembank.domain.workflow.TransitionNotAllowedException;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** 409: no such approval step from the item's current status. */
@Provider
public class TransitionNotAllowedMapper implements ExceptionMapper<TransitionNotAllowedException> {

    @Override
    public Response toResponse(TransitionNotAllowedException e) {
        return api(409, "TRANSITION_NOT_ALLOWED", e.getMessage(), Map.of("from", e.from().name(), "to", e.to().name()));
    }

    static Response api(int status, String code, String message, Object details) {
        return new ApiExceptionMapper().toResponse(new ApiException(status, code, message, details));
    }
}
