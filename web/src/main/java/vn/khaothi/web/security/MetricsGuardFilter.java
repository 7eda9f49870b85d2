package vn.khaothi.web.security;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.khaothi.web.error.ApiError;

/**
 * {@code /metrics} for administrators only (issue 11, finding 13: it needed no sign-in). Payara
 * serves the endpoint inside the application at the root context, so this filter sees its
 * requests: the same bearer token as the API, role ADMIN; 401 without a valid token, 403 otherwise.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, filterName = "MetricsGuardFilter")
public class MetricsGuardFilter extends HttpFilter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    TokenService tokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        Optional<Caller> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.verify(header.substring(7).trim()) : Optional.empty();
        if (caller.isEmpty()) {
            refuse(response, 401, "UNAUTHENTICATED", "Sign in first: no valid bearer token");
        } else if (!caller.get().hasRole("ADMIN")) {
            refuse(response, 403, "FORBIDDEN", "Only an administrator reads the metrics");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.toJson(new ApiError(code, message, null)));
    }
}
