package org.contextmap.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contextmap.base.Viewer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's signed-in person on the request itself, once the security chain has settled
 * who it is, so that {@link Viewer#current()} finds them through the request rather than through a
 * thread-local that another application context in the same JVM may have replaced (Vaadin installs
 * its own holder strategy per context).
 */
class ViewerCapture extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy strategy;

    ViewerCapture(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(Viewer.AUTHENTICATION_ATTRIBUTE, strategy.getContext().getAuthentication());
        chain.doFilter(request, response);
    }
}
