package vn.khaothi.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body) in our error shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String refused = RefusedValues.message(e);
        if (refused != null) {
            return ErrorResponses.of(400, "VALIDATION_FAILED", refused, null);
        }
        String parameter = RefusedValues.badParameter(e);
        if (parameter != null) {
            return ErrorResponses.of(400, "VALIDATION_FAILED", parameter, null);
        }
        String message = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 415 -> "Unsupported content type";
            case 400 -> "The request body could not be read: send well-formed JSON";
            default -> status >= 500 ? "Internal error" : "The request was refused";
        };
        Response response = ErrorResponses.of(status, ErrorResponses.codeFor(status), message, null);
        String allow = e.getResponse().getHeaderString("Allow");
        return allow == null ? response : Response.fromResponse(response).header("Allow", allow).build();
    }
}
