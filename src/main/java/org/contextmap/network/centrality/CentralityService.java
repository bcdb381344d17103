package org.contextmap.network.centrality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.contextmap.base.PageRequest;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.NetworkSnapshots;
import org.contextmap.network.AnalyticsAccess;
import org.contextmap.person.PersonService;
import org.springframework.stereotype.Service;

/**
 * Centrality of the young people in the network as known on a day, from the cached snapshot:
 * the figures behind "who is central to this cluster" and "who connects it to others".
 * Scores advise; the people who know the young person decide what they mean.
 */
@Service
public class CentralityService {

    private final NetworkSnapshots snapshots;
    private final CentralityCache cache;
    private final PersonService people;
    private final AnalyticsAccess access;

    CentralityService(NetworkSnapshots snapshots, CentralityCache cache, PersonService people, AnalyticsAccess access) {
        this.access = access;
        this.snapshots = snapshots;
        this.cache = cache;
        this.people = people;
    }

    /** The snapshot as known on the day ({@code null}: today). */
    public NetworkSnapshot snapshot(LocalDate asOf) {
        return snapshots.on(asOf);
    }

    /** A metric's scores on a snapshot, computed once per data version and day. */
    public Scores scores(NetworkSnapshot snapshot, Metric metric, Double epsilon) {
        return cache.scores(snapshot, metric, epsilon);
    }

    /** Whether the metric is computed for a network of this many young people. */
    public boolean offered(Metric metric, int people) {
        return cache.offered(metric, people);
    }

    /** A metric's scores if they are computed already, else {@code null}. */
    public Scores scoresIfComputed(NetworkSnapshot snapshot, Metric metric) {
        return cache.ifComputed(snapshot, metric);
    }

    /**
     * Every young person's score for a metric, ranked highest first.
     *
     * @param epsilon for betweenness: sample with this error instead of computing exactly
     * @param page    which entries, highest first (equal scores by id)
     */
    public CentralityReport centrality(Metric metric, LocalDate asOf, Double epsilon, PageRequest page) {
        AnalyticsAccess.Reader reader = access.reader();
        NetworkSnapshot snapshot = snapshots.on(asOf);
        Scores scores = cache.scores(snapshot, metric, epsilon);
        CompactGraph graph = snapshot.people();
        Integer[] order = new Integer[graph.size()];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
        }
        double[] values = scores.values();
        Arrays.sort(order, Comparator.<Integer>comparingDouble(v -> -values[v]).thenComparing(graph::id));
        int from = page.from(order.length);
        int shown = (int) Math.min((long) from + page.size(), order.length);
        Map<String, String> names = names(graph, order, from, shown);
        List<CentralityReport.PersonScore> ranked = new ArrayList<>(shown - from);
        int rank = 0;
        for (int i = 0; i < shown; i++) {
            int v = order[i];
            if (i == 0 || values[v] != values[order[i - 1]]) {
                rank = i + 1;
            }
            if (i < from) {
                continue;
            }
            ranked.add(new CentralityReport.PersonScore(reader.id(graph.id(v)),
                    reader.name(graph.id(v), names.get(graph.id(v))), values[v], rank));
        }
        var estimate = scores.approximate();
        CentralityReport.Approximation approximation = estimate == null ? null
                : new CentralityReport.Approximation(estimate.epsilon(), estimate.networkxError(), 1 - estimate.delta(),
                        estimate.samples(), estimate.vertexDiameter());
        return new CentralityReport(metric.name().toLowerCase(), metric.label(), metric.meaning(), snapshot.asOf(),
                graph.size(), graph.edgeCount(), estimate == null, approximation, page.page(), page.size(), order.length,
                ranked);
    }

    /** Names of the first {@code count} vertices of {@code order}. */
    private Map<String, String> names(CompactGraph graph, Integer[] order, int from, int to) {
        List<String> ids = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            ids.add(graph.id(order[i]));
        }
        return people.names(ids);
    }
}
