package vn.khaothi.web.bank;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.khaothi.itembank.application.bank.BankException;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** A refusal of the bank's services, with the status its kind names. */
@Provider
public class BankExceptionMapper implements ExceptionMapper<BankException> {

    @Override
    public Response toResponse(BankException e) {
        // An invalid item lists each problem with a code and parameters, so the editor says it in its language.
        Object details = null;
        if ("ITEM_INVALID".equals(e.code())) {
            details = vn.khaothi.itembank.application.Problems.describeAll(e.getMessage());
        } else if (!"PROBLEM".equals(vn.khaothi.itembank.application.Problems.code(e.getMessage()))) {
            details = List.of(vn.khaothi.itembank.application.Problems.describe(e.getMessage()));
        }
        return api(e.kind().status(), e.code(), e.getMessage(), details);
    }

    static Response api(int status, String code, String message, Object details) {
        return new ApiExceptionMapper().toResponse(new ApiException(status, code, message, details));
    }
}
