package org.contextmap.base;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Work done off the request path after the data change — each feature's {@link Precompute}: the
 * clusters of today's network, the risk model's fit, calibration and the explanations of the
 * ranked list — so that the first person to open a screen after an import does not wait for it.
 * One task at a time, on one daemon thread: a small server has few cores, and requests come first.
 * {@code contextmap.precompute=false} turns it off (the tests do, to ask for what they need when
 * they need it).
 */
@Component
public class BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

    private final boolean enabled;
    private final AtomicInteger pending = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("precompute").daemon(true).factory());

    BackgroundWork(@Value("${contextmap.precompute:true}") boolean enabled) {
        this.enabled = enabled;
    }

    /** Runs {@code task} after the tasks before it; a failure is logged, never thrown at a request. */
    public void submit(String what, Runnable task) {
        if (!enabled) {
            return;
        }
        pending.incrementAndGet();
        worker.execute(() -> {
            long started = System.nanoTime();
            try {
                task.run();
                log.info("Precomputed {} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Could not precompute {}: {}", what, e.getMessage());
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** Whether work is done here at all: off, whoever needs a value computes it while they wait. */
    public boolean enabled() {
        return enabled;
    }

    /** How many tasks are waiting or running: for benchmarks and health reports. */
    public int pending() {
        return pending.get();
    }
}
