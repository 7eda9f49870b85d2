package vn.khaothi.web.error;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.khaothi.engine.domain.remote.RemoteAssessmentException;
import vn.khaothi.itembank.domain.Refusal;
import vn.khaothi.web.remote.RemoteRefusals;

/**
 * Every exception that is neither JAX-RS's own ({@link WebApplicationExceptionMapper}) nor Bean
 * Validation's ({@link ConstraintViolationMapper}). A {@link Refusal} — of the bank, the
 * sittings, the gradebook, the remote workflow or web — answers with the status of its kind, code, message and
 * details (the remote workflow's body carries its texts in both languages). An unreadable JSON body
 * is the client's fault (400). Anything else is ours: logged with an incident id, and only that id
 * reaches the user — never a stack trace or SQL.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(RefusalMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof RemoteAssessmentException remote) {
            return ErrorResponses.of(status(remote.kind()), remote.code(), RemoteRefusals.message(remote),
                    RemoteRefusals.details(remote));
        }
        if (e instanceof Refusal refusal) {
            return ErrorResponses.of(status(refusal.kind()), refusal.code(), refusal.message(), refusal.details());
        }
        String refused = RefusedValues.message(e);
        if (refused != null) {
            return ErrorResponses.of(400, "VALIDATION_FAILED", refused, null);
        }
        if (isUnreadableBody(e)) {
            return ErrorResponses.of(400, "MALFORMED_REQUEST", "The request body is not valid JSON for this resource", null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return ErrorResponses.of(500, "INTERNAL_ERROR", "Internal error; quote incident " + incident + " to your administrator",
                java.util.Map.of("incident", incident));
    }

    /** The one place a refusal's kind becomes an HTTP status. */
    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNPROCESSABLE -> 422;
            case TOO_MANY_REQUESTS -> 429;
        };
    }

    private static boolean isUnreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.stream.JsonParsingException
                    || (t instanceof ProcessingException && t.getCause() == null)) {
                return true;
            }
        }
        return false;
    }
}
