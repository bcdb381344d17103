package org.contextmap.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.contextmap.base.DataLoading;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the demo city is still being written, every answer of the HTTP API carries
 * {@value #HEADER}{@code : 42%; the demo city of Ashbury is still loading, results may be partial}.
 * The API answers all the same (with what is there so far); a script that needs the whole city
 * waits until the header is gone.
 */
@Component
class DemoCityLoadingHeader extends OncePerRequestFilter {

    static final String HEADER = "ContextMap-Loading";

    private final DataLoading loading;

    DemoCityLoadingHeader(DataLoading loading) {
        this.loading = loading;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataLoading.Progress progress = loading.progress();
        if (progress.loading()) {
            response.setHeader(HEADER, progress.percent() + "%; " + progress.what()
                    + " is still loading, results may be partial");
        }
        chain.doFilter(request, response);
    }
}
