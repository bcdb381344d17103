package org.contextmap.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, puts it in the log context ({@code requestId}: in every log line
 * written while the request is served, and a field of its own in structured logs) and in the
 * answer's {@code X-Request-Id} header, so that "it failed at 10:42" can be matched to the log
 * lines of that one request. A caller's own {@code X-Request-Id} (a proxy's, a partner system's)
 * is kept when it is a plain token of at most 64 characters; anything else is replaced, so the
 * logs cannot be forged through the header. Refused and failed requests get a log line of their own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(RequestIds.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given
                : UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        response.setHeader(HEADER, id);
        MDC.put(LOG_KEY, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            logAnswer(request, response.getStatus(), (System.nanoTime() - started) / 1_000_000);
            MDC.remove(LOG_KEY);
        }
    }

    /**
     * One line per answer: refusals (401, 403, 429) and server failures at INFO and WARN, so
     * that a sign-in that failed or a 503 can be found by its id; everything else at DEBUG
     * ({@code logging.level.org.contextmap.operations=DEBUG} for a full access log). The path
     * only, never the query string, which may name a child.
     */
    private static void logAnswer(HttpServletRequest request, int status, long millis) {
        String path = request.getRequestURI().replaceAll("[^A-Za-z0-9/._-]", "?");
        if (path.startsWith("/actuator/health")) {
            // probes ask every few seconds, and say DOWN with a 503 while the application starts
            log.debug("{} {} answered {} in {} ms", request.getMethod(), path, status, millis);
        } else if (status >= 500) {
            log.warn("{} {} answered {} in {} ms", request.getMethod(), path, status, millis);
        } else if (status == 401 || status == 403 || status == 429) {
            log.info("{} {} refused with {} in {} ms", request.getMethod(), path, status, millis);
        } else if (log.isDebugEnabled()) {
            log.debug("{} {} answered {} in {} ms", request.getMethod(), path, status, millis);
        }
    }
}
