package org.contextmap.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.contextmap.base.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graceful shutdown, the part the web server does not do. When the application is asked to stop
 * (SIGTERM, Ctrl-C), the requests already being served — a bundle import among them — run to
 * their end ({@code server.shutdown=graceful}, at most {@code spring.lifecycle.timeout-per-shutdown-phase}),
 * and the database closes only after them. Tomcat stops accepting new connections; a request that
 * still arrives, on a connection kept alive, is answered here with 503 and a sentence instead of
 * being started and cut off half-way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class Draining extends OncePerRequestFilter {

    static final String SENTENCE = "The server is stopping (for an update or a restart): this request was not"
            + " started. Try again in a minute.";
    private static final Logger log = LoggerFactory.getLogger(Draining.class);

    private final JsonMapper json = JsonMapper.builder().build();
    private volatile boolean stopping;

    @EventListener
    void stopping(ContextClosedEvent closed) {
        if (!stopping) {
            stopping = true;
            log.info("Stopping: finishing the requests in flight, refusing new ones with 503");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!stopping) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), new ApiError("Service unavailable", SENTENCE));
    }
}
