package org.contextmap.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a load run saw, gathered from every virtual user at once: the latency of each request by
 * kind, the unexpected answers (errors), the writes acknowledged (and later found), and every
 * sighting of an import only partly visible. Thread-safe; {@link #print} writes the table.
 */
public final class LoadResults {

    /** How many error messages are kept to print (the count is always complete). */
    private static final int ERRORS_KEPT = 20;

    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> behind = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong expectedRefusals = new AtomicLong();
    private final Set<String> decisionsAcknowledged = ConcurrentHashMap.newKeySet();
    private final Set<Integer> importsAcknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong halfWritten = new AtomicLong();
    private final AtomicLong importProbes = new AtomicLong();
    private volatile long decisionsFound = -1;
    private volatile long importsFound = -1;
    private volatile long elapsedNanos;

    void took(String kind, long nanos) {
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void error(String kind, String message) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        if (errorSamples.size() < ERRORS_KEPT) {
            errorSamples.add(kind + ": " + message);
        }
    }

    /** An answer from before the latest import, saying so, while the new one was worked out. */
    void behind(String kind) {
        behind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    /** An answer other than 200 that the request could expect (an alert gone after an import, say). */
    void expectedRefusal() {
        expectedRefusals.incrementAndGet();
    }

    void decisionAcknowledged(String reason) {
        decisionsAcknowledged.add(reason);
    }

    void importAcknowledged(int number) {
        importsAcknowledged.add(number);
    }

    void importProbed(boolean whole) {
        importProbes.incrementAndGet();
        if (!whole) {
            halfWritten.incrementAndGet();
        }
    }

    void found(long decisions, long imports) {
        this.decisionsFound = decisions;
        this.importsFound = imports;
    }

    void elapsed(long nanos) {
        this.elapsedNanos = nanos;
    }

    public long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    public Set<String> decisionsAcknowledged() {
        return Set.copyOf(decisionsAcknowledged);
    }

    public Set<Integer> importsAcknowledged() {
        return Set.copyOf(importsAcknowledged);
    }

    /** Acknowledged writes (decisions and imports) that were not found afterwards. */
    public long lostWrites() {
        return Math.max(0, decisionsAcknowledged.size() - decisionsFound)
                + Math.max(0, importsAcknowledged.size() - importsFound);
    }

    public long halfWrittenSightings() {
        return halfWritten.get();
    }

    public long requests() {
        return latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    /** The {@code p}th percentile (0–100) of a kind's latencies in milliseconds, or -1 without any. */
    public double percentile(String kind, double p) {
        List<Long> sorted = sorted(kind);
        if (sorted.isEmpty()) {
            return -1;
        }
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at))) / 1e6;
    }

    private List<Long> sorted(String kind) {
        List<Long> sorted = new ArrayList<>(latencies.getOrDefault(kind, new ConcurrentLinkedQueue<>()));
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * The table: per kind of request count, p50, p95, p99, max, errors, and answers from before the
     * latest import ("behind"); then throughput and the writes.
     */
    public void print(PrintStream out) {
        out.printf("  %-26s %7s %8s %8s %8s %8s %7s %7s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "errors", "behind");
        Map<String, ConcurrentLinkedQueue<Long>> byKind = new TreeMap<>(latencies);
        errors.keySet().forEach(kind -> byKind.putIfAbsent(kind, new ConcurrentLinkedQueue<>()));
        for (String kind : byKind.keySet()) {
            out.printf("  %-26s %7d %8.0f %8.0f %8.0f %8.0f %7d %7d%n", kind, byKind.get(kind).size(),
                    percentile(kind, 50), percentile(kind, 95), percentile(kind, 99), percentile(kind, 100),
                    errors.getOrDefault(kind, new AtomicLong()).get(), behind.getOrDefault(kind, new AtomicLong()).get());
        }
        double seconds = elapsedNanos / 1e9;
        out.printf("  throughput: %,d requests in %.0f s = %.1f requests/s; errors: %d; expected refusals "
                + "(an alert decided or gone, an import not yet visible): %d%n", requests(), seconds,
                seconds == 0 ? 0.0 : requests() / seconds, errors(), expectedRefusals.get());
        out.printf("  alert decisions: %d acknowledged, %d found afterwards%n", decisionsAcknowledged.size(),
                decisionsFound);
        out.printf("  imports: %d acknowledged, %d found whole afterwards%n", importsAcknowledged.size(), importsFound);
        out.printf("  records of an import read while it was written: %d, of which half-written: %d%n",
                importProbes.get(), halfWritten.get());
        errorSamples.forEach(sample -> out.println("  error: " + sample));
    }
}
