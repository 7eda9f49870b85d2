package vn.khaothi.web.bank;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.khaothi.itembank.application.bank.BankException;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** A refusal of the bank's services, with the status its kind names. */
@Provider
public class BankExceptionMapper implements ExceptionMapper<BankException> {

    @Override
    public Response toResponse(BankException e) {
        return api(e.kind().status(), e.code(), e.getMessage(), null);
    }

    static Response api(int status, String code, String message, Object details) {
        return new ApiExceptionMapper().toResponse(new ApiException(status, code, message, details));
    }
}
