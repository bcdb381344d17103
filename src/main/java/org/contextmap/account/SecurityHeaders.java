package org.contextmap.account;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, pages and API alike, set before anything else runs and
 * kept: Vaadin serves some pages (the login page among them) outside Spring Security's header
 * writers and would otherwise allow framing from the same origin. Content-Security-Policy that
 * Vaadin works with on pages, {@code default-src 'none'} on the API; no framing; no sniffing.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    private static final Set<String> KEPT = Set.of("content-security-policy", "x-frame-options",
            "x-content-type-options", "referrer-policy");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith("/api");
        response.setHeader("Content-Security-Policy",
                api ? SecurityConfiguration.API_POLICY : SecurityConfiguration.UI_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
