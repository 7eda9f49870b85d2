package vn.khaothi.web.bank;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.application.bank.ImportRejectedException;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** An import with problems: 422 IMPORT_INVALID with every problem and its line (nothing was stored). */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

    @Override
    public Response toResponse(ImportRejectedException e) {
        List<Map<String, Object>> details = e.problems().stream()
                .map(p -> Map.<String, Object>of("line", p.line(), "element", p.path(), "message", p.message(),
                        "code", vn.khaothi.itembank.application.Problems.code(p.message()),
                        "params", vn.khaothi.itembank.application.Problems.params(p.message())))
                .toList();
        return api(422, "IMPORT_INVALID", e.getMessage(), details);
    }

    static Response api(int status, String code, String message, Object details) {
        return new ApiExceptionMapper().toResponse(new ApiException(status, code, message, details));
    }
}
