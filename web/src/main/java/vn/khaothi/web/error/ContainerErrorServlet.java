package vn.khaothi.web.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's own error pages (404 for an unknown file, 405, 500 outside JAX-RS) in the
 * contract's JSON shape; mapped in web.xml.
 */
@WebServlet(urlPatterns = "/_error", name = "ContainerErrorServlet")
public class ContainerErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String message = switch (status) {
            case 404 -> "No such page or resource";
            case 405 -> "This method is not allowed here";
            default -> status >= 500 ? "Internal error" : "The request was refused";
        };
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.toJson(new ApiError(ErrorResponses.codeFor(status), message, null)));
    }
}
