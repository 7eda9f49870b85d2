package vn.khaothi.web.bank;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.khaothi.itembank.domain.workflow.RoleNotAllowedException;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** 403: the approval step exists, but this person may not take it (FORBIDDEN), or wrote the work (OWN_WORK). */
@Provider
public class RoleNotAllowedMapper implements ExceptionMapper<RoleNotAllowedException> {

    @Override
    public Response toResponse(RoleNotAllowedException e) {
        return api(403, e.code(), e.getMessage(), null);
    }

    static Response api(int status, String code, String message, Object details) {
        return new ApiExceptionMapper().toResponse(new ApiException(status, code, message, details));
    }
}
