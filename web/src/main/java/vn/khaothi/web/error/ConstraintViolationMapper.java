package vn.khaothi.web.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bean Validation failures: 400 naming every bad field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Map<String, String>> details = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .sorted(Comparator.comparing(m -> m.get("field")))
                .toList();
        String fields = String.join(", ", details.stream().map(d -> d.get("field")).distinct().toList());
        return ErrorResponses.of(400, "VALIDATION_FAILED", "Invalid input: " + fields, details);
    }

    /** The JSON field name: the last node of the property path (method and argument names dropped). */
    private static String field(ConstraintViolation<?> v) {
        String name = "";
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name.startsWith("arg") || name.isEmpty() ? "body" : name;
    }
}
