package vn.khaothi.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response of the application (issue 11, finding 2's page half).
 *
 * <p>The Content-Security-Policy allows scripts only from our own files: no inline script, no
 * inline event handler, no {@code javascript:} URL, no {@code eval} — so that an item's HTML that
 * slipped past the sanitiser still cannot run in a colleague's browser and read the sign-in token.
 * Styles may be inline (KaTeX lays formulas out with style attributes; a style runs no code).
 * Images from our origin or {@code data:} only (no tracking pixel on another host); no plugins,
 * no framing (clickjacking), no {@code <base>} rewriting, forms post only to us. A response that
 * sets its own policy (the evidence files' sandbox) adds it on top: browsers enforce both.
 */
@WebFilter(urlPatterns = "/*", filterName = "SecurityHeadersFilter", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
