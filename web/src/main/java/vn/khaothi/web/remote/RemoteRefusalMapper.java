package vn.khaothi.web.remote;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.khaothi.engine.domain.remote.InvalidRemoteRequestException;
import vn.khaothi.engine.domain.remote.OnlineAttemptAnswer;
import vn.khaothi.engine.domain.remote.OnlineNotPermittedException;
import vn.khaothi.engine.domain.remote.RemoteAssessmentException;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/**
 * The remote-assessment workflow's refusals as HTTP: NOT_ALLOWED and ONLINE_NOT_PERMITTED 403,
 * CONFLICT 409, INVALID 422, NOT_FOUND 404. The body is {@code {"error","message","details"}}
 * with {@code details.reason} (which rule refused), {@code details.field} for bad input, and the
 * message in Vietnamese and English ({@code details.vi}, {@code details.en}); for
 * ONLINE_NOT_PERMITTED the rules' {@code reasons}, {@code citations} and {@code requires}.
 * The workflow's own text (with usernames and ids) is not sent.
 */
@Provider
public class RemoteRefusalMapper implements ExceptionMapper<RemoteAssessmentException> {

    @Override
    public Response toResponse(RemoteAssessmentException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        String[] text = RefusalTexts.of(e.code(), e.detail());
        int status = switch (e.code()) {
            case "NOT_ALLOWED", "ONLINE_NOT_PERMITTED" -> 403;
            case "CONFLICT" -> 409;
            case "INVALID" -> 422;
            case "NOT_FOUND" -> 404;
            default -> 400;
        };
        if (e instanceof OnlineNotPermittedException refused) {
            OnlineAttemptAnswer answer = refused.answer();
            details.put("reasons", RemoteViews.ReasonView.of(answer.reasons()));
            details.put("citations", answer.citations());
            details.put("requires", answer.requires().stream().map(Enum::name).toList());
            details.put("requestId", answer.requestId());
            details.put("requestStatus", answer.requestStatus() == null ? null : answer.requestStatus().name());
            details.put("makeUpInPerson", answer.makeUpInPerson());
        } else {
            details.put("reason", e.detail());
            if (e instanceof InvalidRemoteRequestException invalid && invalid.field() != null) {
                details.put("field", invalid.field());
            }
        }
        details.put("vi", text[0]);
        details.put("en", text[1]);
        return new ApiExceptionMapper().toResponse(new ApiException(status, e.code(), text[1], details));
    }
}
