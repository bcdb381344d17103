package org.contextmap.network.centrality;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.RecentlyUsed;
import org.contextmap.network.AnalyticsProperties;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.springframework.stereotype.Component;

/**
 * Scores already computed for a snapshot, so that the second request for betweenness on the
 * same data does not take another half-minute. Keyed by data version, day and metric (and the
 * requested error for sampled betweenness); a new data version makes every entry unreachable and
 * they age out. Two requests for the same missing entry compute it once.
 */
@Component
class CentralityCache {

    private static final int ENTRIES = 32;

    private record Key(long version, LocalDate asOf, Metric metric, Double epsilon) {
    }

    private final AnalyticsProperties properties;
    private final Map<Key, Scores> entries = new RecentlyUsed<>(ENTRIES);
    private final Map<Key, Object> computing = new ConcurrentHashMap<>();

    CentralityCache(AnalyticsProperties properties) {
        this.properties = properties;
    }

    /**
     * The metric on the snapshot. Betweenness is exact up to the configured size unless an
     * {@code epsilon} is asked for; above it, sampled with {@code epsilon} or the configured one.
     */
    Scores scores(NetworkSnapshot snapshot, Metric metric, Double epsilon) {
        Double error = metric != Metric.BETWEENNESS ? null
                : epsilon != null ? epsilon
                : snapshot.people().size() > properties.exactBetweennessLimit() ? properties.epsilon() : null;
        if (!offered(metric, snapshot.people().size())) {
            throw new BadRequestException(metric.label() + " needs the distance from every young person to every "
                    + "other and is computed only for networks of up to " + properties.exactBetweennessLimit()
                    + " people; this one has " + snapshot.people().size() + ". Degree, PageRank, eigenvector, "
                    + "coreness, clustering and (sampled) betweenness are available at any size.");
        }
        Key key = new Key(snapshot.version(), snapshot.asOf(), metric, error);
        return cached(key, () -> error == null ? Centralities.compute(metric, snapshot.people())
                : sampled(snapshot, error));
    }

    /**
     * Whether a metric is computed for a network of this size: closeness and harmonic are exact
     * all-pairs computations, O(nm), and have no sampled form here.
     */
    boolean offered(Metric metric, int people) {
        return !(metric == Metric.CLOSENESS || metric == Metric.HARMONIC) || people <= properties.exactBetweennessLimit();
    }

    /** The scores if they are already computed, else {@code null}: for views that must not wait. */
    Scores ifComputed(NetworkSnapshot snapshot, Metric metric) {
        synchronized (entries) {
            for (var entry : entries.entrySet()) {
                Key key = entry.getKey();
                if (key.version() == snapshot.version() && key.asOf().equals(snapshot.asOf())
                        && key.metric() == metric) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private Scores sampled(NetworkSnapshot snapshot, double epsilon) {
        SampledBetweenness.Estimate estimate = SampledBetweenness.compute(snapshot.people(), epsilon,
                properties.delta(), properties.seed());
        return new Scores(Metric.BETWEENNESS, estimate.scores(), estimate);
    }

    private Scores cached(Key key, Supplier<Scores> compute) {
        synchronized (entries) {
            Scores found = entries.get(key);
            if (found != null) {
                return found;
            }
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            try {
                synchronized (entries) {
                    Scores found = entries.get(key);
                    if (found != null) {
                        return found;
                    }
                }
                Scores scores = compute.get();
                synchronized (entries) {
                    entries.keySet().removeIf(old -> old.version() != key.version());
                    entries.put(key, scores);
                }
                return scores;
            } finally {
                computing.remove(key);
            }
        }
    }
}
