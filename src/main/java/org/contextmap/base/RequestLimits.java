package org.contextmap.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request that is larger than any real one ({@link HttpLimits}) before a
 * controller reads it: a 10,000-character query parameter gets a 400 and a 50 MB JSON body a 413,
 * both in the API's {@code {error, detail}} shape, instead of being parsed, echoed or held in
 * memory. A body sent without its length is cut off at the limit (its JSON then does not read:
 * 400). The bundle upload is bounded by the importer ({@code contextmap.import.max-upload-size}).
 */
@Component
class RequestLimits extends OncePerRequestFilter {

    static final String IMPORTS = "/api/imports";

    private final HttpLimits limits;

    RequestLimits(HttpLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri == null || !(uri.startsWith("/api/") || uri.length() > limits.maxPathLength());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() > limits.maxPathLength()) {
            refuse(response, 400, "Bad request", "The address is longer than " + limits.maxPathLength()
                    + " characters; no address of the API is.");
            return;
        }
        if (query != null && query.length() > limits.maxQueryLength()
                || parametersLength(request) > limits.maxQueryLength()) {
            refuse(response, 400, "Bad request", "The query string is longer than " + limits.maxQueryLength()
                    + " characters; no parameter of the API needs that.");
            return;
        }
        if (request.getRequestURI().equals(IMPORTS)) {
            chain.doFilter(request, response);
            return;
        }
        long max = limits.maxBodySize().toBytes();
        if (request.getContentLengthLong() > max) {
            refuse(response, 413, "Payload too large", "The request body is larger than " + max
                    + " bytes, the most this API takes (contextmap.http.max-body-size).");
            return;
        }
        chain.doFilter(new Bounded(request, max), response);
    }

    /** The parameters' names and values together (a form's included), in characters. */
    private static long parametersLength(HttpServletRequest request) {
        long length = 0;
        for (var parameter : request.getParameterMap().entrySet()) {
            length += parameter.getKey().length() + 1;
            for (String value : parameter.getValue()) {
                length += value == null ? 0 : value.length() + 1;
            }
        }
        return length;
    }

    private static void refuse(HttpServletResponse response, int status, String error, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\",\"detail\":\"" + detail + "\"}");
    }

    /** The request with a body that ends in an error once it passes the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                ServletInputStream in = super.getInputStream();
                bounded = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > max) {
                            throw new IOException("The request body is larger than the API takes.");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > max) {
                            throw new IOException("The request body is larger than the API takes.");
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return bounded;
        }
    }
}
