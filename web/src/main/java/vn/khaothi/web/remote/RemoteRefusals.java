package vn.khaothi.web.remote;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.khaothi.engine.domain.remote.InvalidRemoteRequestException;
import vn.khaothi.engine.domain.remote.OnlineAttemptAnswer;
import vn.khaothi.engine.domain.remote.OnlineNotPermittedException;
import vn.khaothi.engine.domain.remote.RemoteAssessmentException;

/**
 * What the error body of a remote-assessment refusal says (its status and code are the
 * refusal's own): {@code details.reason} (which rule refused), {@code details.field} for bad input,
 * and the message in Vietnamese and English ({@code details.vi}, {@code details.en}); for
 * ONLINE_NOT_PERMITTED the rules' {@code reasons}, {@code citations} and {@code requires}.
 * The workflow's own text (with usernames and ids) is not sent.
 */
public final class RemoteRefusals {

    private RemoteRefusals() {
    }

    /** The body's message: the English text of the refusal's code. */
    public static String message(RemoteAssessmentException e) {
        return RefusalTexts.of(e.code(), e.detail())[1];
    }

    public static Map<String, Object> details(RemoteAssessmentException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        String[] text = RefusalTexts.of(e.code(), e.detail());
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
        return details;
    }
}
