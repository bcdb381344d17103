package org.contextmap.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Group commit: readers hand their entries to one writer thread and wait until they are committed,
 * so a read never returns without its entry on disk, yet concurrent readers share one transaction
 * (and one flush of Neo4j's log) instead of queueing for one each. The writer takes everything
 * pending, chains it in the order it arrived and writes it with one {@code UNWIND}; while that
 * commits, the next readers' entries gather for the next one.
 *
 * <p>{@code contextmap.audit.enabled=false} turns the writing off. It exists only so that the
 * benchmark can measure what the audit costs (docs/performance.md); a deployment must not set it.
 */
@Component
class AuditLog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    /** The most entries one transaction takes; the rest wait for the next. */
    private static final int MAX_GROUP = 10_000;

    /** Entries of one call, and the promise to tell their caller when they are committed. */
    private record Pending(List<AuditRecord> entries, CompletableFuture<Void> committed) {
    }

    private static final Pending STOP = new Pending(List.of(), null);

    private final AuditStore store;
    private final boolean enabled;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private Thread writer;
    private boolean stopped;
    private volatile boolean adopted;
    private long commits;
    private long written;

    AuditLog(AuditStore store, @Value("${contextmap.audit.enabled:true}") boolean enabled) {
        this.store = store;
        this.enabled = enabled;
        if (!enabled) {
            log.warn("The audit trail is OFF (contextmap.audit.enabled=false): reads are not logged. "
                    + "This setting is for benchmarks only.");
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** Calls waiting for their entries to be written: for the audit queue metric. */
    int waiting() {
        return queue.size();
    }

    /**
     * Writes the entries and returns once they are committed.
     *
     * @throws AuditUnavailableException when they could not be written: the caller must not show the record
     */
    void write(List<AuditRecord> entries) {
        if (!enabled || entries.isEmpty()) {
            return;
        }
        Pending pending = new Pending(List.copyOf(entries), new CompletableFuture<>());
        start();
        queue.add(pending);
        try {
            pending.committed().get();
        } catch (ExecutionException e) {
            throw new AuditUnavailableException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException(e);
        }
    }

    /** Takes over the entries written before the chain, once per process, before the first write or check. */
    void adoptLegacyEntries() {
        if (!adopted) {
            synchronized (this) {
                if (!adopted) {
                    store.adoptLegacyEntries();
                    adopted = true;
                }
            }
        }
    }

    /** Transactions committed and entries written since start (for the benchmark and the logs). */
    synchronized long[] counts() {
        return new long[] {commits, written};
    }

    private synchronized void start() {
        if (stopped) {
            throw new AuditUnavailableException(new IllegalStateException("the application is stopping"));
        }
        if (writer == null) {
            writer = Thread.ofPlatform().name("audit-writer").daemon(true).start(this::run);
        }
    }

    private void run() {
        adoptLegacyEntries();
        List<Pending> group = new ArrayList<>();
        while (true) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            int size = group.getFirst().entries().size();
            while (size < MAX_GROUP && queue.peek() != null) {
                Pending next = queue.poll();
                group.add(next);
                size += next.entries().size();
            }
            boolean stop = group.remove(STOP);
            commit(group);
            group.clear();
            if (stop) {
                return;
            }
        }
    }

    private void commit(List<Pending> group) {
        if (group.isEmpty()) {
            return;
        }
        List<AuditRecord> entries = new ArrayList<>();
        group.forEach(pending -> entries.addAll(pending.entries()));
        try {
            store.append(entries);
            synchronized (this) {
                commits++;
                written += entries.size();
            }
            group.forEach(pending -> pending.committed().complete(null));
        } catch (RuntimeException failure) {
            log.error("Could not write {} audit entries; the reads that made them are refused", entries.size(),
                    failure);
            group.forEach(pending -> pending.committed().completeExceptionally(failure));
        }
    }

    /** Writes what is pending, then stops the writer. */
    @Override
    public void destroy() throws InterruptedException {
        Thread running;
        synchronized (this) {
            running = writer;
            stopped = true;
        }
        if (running != null) {
            queue.add(STOP);
            running.join(30_000);
        }
    }
}
