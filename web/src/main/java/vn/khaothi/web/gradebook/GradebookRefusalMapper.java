package vn.khaothi.web.gradebook;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** The gradebook's refusals as the common error body {@code {"error","message","details"}}; the message is Vietnamese. */
@Provider
public class GradebookRefusalMapper implements ExceptionMapper<GradebookRefusal> {

    @Override
    public Response toResponse(GradebookRefusal e) {
        return new ApiExceptionMapper().toResponse(new ApiException(e.status(), e.code(), e.getMessage(), e.details()));
    }
}
