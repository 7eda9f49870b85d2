package vn.khaothi.web.bank;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.khaothi.itembank.application.exporting.ExportNotPossibleException;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** 422: the chosen format cannot express some of the items. */
@Provider
public class ExportNotPossibleMapper implements ExceptionMapper<ExportNotPossibleException> {

    @Override
    public Response toResponse(ExportNotPossibleException e) {
        return api(422, "EXPORT_NOT_POSSIBLE", "The format cannot express some of the items; nothing was written",
                e.reasons());
    }

    static Response api(int status, String code, String message, Object details) {
        return new ApiExceptionMapper().toResponse(new ApiException(status, code, message, details));
    }
}
