package org.contextmap.account;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.annotation.Value;
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
 * The hotspot map's tile server ({@code contextmap.map.tile-url}) is the one other origin pages
 * may load images from; without it the browser would block every tile.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    private static final Set<String> KEPT = Set.of("content-security-policy", "x-frame-options",
            "x-content-type-options", "referrer-policy");

    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/]+)");
    private static final String IMAGES = "img-src 'self' data: blob:";

    private final String uiPolicy;

    SecurityHeaders(@Value("${contextmap.map.tile-url:}") String tileUrl) {
        this.uiPolicy = withTiles(SecurityConfiguration.UI_POLICY, tileUrl);
    }

    /** The page policy with the tile server's origin allowed for images ({@code {s}} subdomains as {@code *}). */
    static String withTiles(String policy, String tileUrl) {
        Matcher origin = ORIGIN.matcher(tileUrl == null ? "" : tileUrl.strip());
        if (!origin.find()) {
            return policy;
        }
        String allowed = origin.group(1).replaceAll("\\{[^}]*}", "*").replaceAll("[;,'\\s]", "");
        return policy.replace(IMAGES, IMAGES + " " + allowed);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith("/api");
        response.setHeader("Content-Security-Policy",
                api ? SecurityConfiguration.API_POLICY : uiPolicy);
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
