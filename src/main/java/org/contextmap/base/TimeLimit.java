package org.contextmap.base;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time limit on an analytics request ({@code contextmap.analytics.time-limit}, default 30 s;
 * zero turns it off). The work runs on a thread of its own, with the caller's request, sign-in
 * and log context, while the request thread waits at most the limit and then answers 503 with a
 * sentence ({@link TooSlowException}). The work is not interrupted: what it computes lands in the
 * caches it fills (snapshots, today's clusters, the ranked list), so the next request finds it —
 * interrupting it would only waste what was done, and JGraphT's algorithms do not heed interrupts.
 */
@Component
public class TimeLimit implements DisposableBean {

    private final Duration limit;
    private final ExecutorService workers = Executors.newCachedThreadPool(Thread.ofPlatform().name("analytics-", 1)
            .daemon(true).factory());

    TimeLimit(@Value("${contextmap.analytics.time-limit:30s}") Duration limit) {
        this.limit = limit;
    }

    /** The limit in force. */
    public Duration limit() {
        return limit;
    }

    /**
     * The result of {@code work}, or {@link TooSlowException} when it is not ready within the limit.
     *
     * @param what the analysis in words, for the sentence ("the ranked risk list")
     */
    public <T> T within(String what, Supplier<T> work) {
        if (limit.isZero() || limit.isNegative()) {
            return work.get();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        SecurityContext security = SecurityContextHolder.getContext();
        Map<String, String> log = MDC.getCopyOfContextMap();
        Future<T> result = workers.submit(() -> {
            RequestContextHolder.setRequestAttributes(request);
            SecurityContextHolder.setContext(security);
            if (log != null) {
                MDC.setContextMap(log);
            }
            try {
                return work.get();
            } finally {
                RequestContextHolder.resetRequestAttributes();
                SecurityContextHolder.clearContext();
                MDC.clear();
            }
        });
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            throw new TooSlowException(what, limit);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TooSlowException(what, limit);
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
