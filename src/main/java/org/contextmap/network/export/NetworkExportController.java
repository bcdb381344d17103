package org.contextmap.network.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.BadRequestException;
import org.contextmap.network.centrality.CentralityService;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.AnalyticsAccess;
import org.contextmap.person.PersonService;
import org.contextmap.person.RecordViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export/graphml} and {@code GET /api/export/gexf}: the network as known on a day,
 * with names, peer groups and centrality scores as attributes, for Gephi, yEd, NetworkX or igraph.
 * GEXF carries each tie's start so that Gephi's timeline can replay how the network grew.
 */
@RestController
class NetworkExportController {

    private final CentralityService analytics;
    private final PersonService people;
    private final AnalyticsAccess access;
    private final RecordViews views;

    NetworkExportController(CentralityService analytics, PersonService people, AnalyticsAccess access,
            RecordViews views) {
        this.access = access;
        this.analytics = analytics;
        this.people = people;
        this.views = views;
    }

    /**
     * @param metrics the scores to include, comma-separated (default: every metric computed for a
     *                network of this size; betweenness is computed if it has not been yet, exactly
     *                or sampled as for the API)
     */
    @GetMapping("/api/export/{format:graphml|gexf}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) List<String> metrics) {
        AnalyticsAccess.Reader reader = access.reader();
        views.exported(null, "network export (" + format + ")"); // names every child: audited, and asks why, first
        NetworkSnapshot snapshot = analytics.snapshot(asOf);
        CompactGraph graph = snapshot.people();
        List<Metric> chosen = metrics == null || metrics.isEmpty()
                ? Arrays.stream(Metric.values()).filter(m -> analytics.offered(m, graph.size())).toList()
                : metrics(metrics);
        Map<Metric, double[]> scores = new EnumMap<>(Metric.class);
        for (Metric metric : chosen) {
            scores.put(metric, analytics.scores(snapshot, metric, null).values());
        }
        List<String> ids = new ArrayList<>(graph.size());
        for (int v = 0; v < graph.size(); v++) {
            ids.add(graph.id(v));
        }
        Map<String, String> byId = people.names(ids);
        String[] names = new String[graph.size()];
        String[] shownIds = reader.pseudonymised() ? new String[graph.size()] : null;
        for (int v = 0; v < names.length; v++) {
            names[v] = reader.name(graph.id(v), byId.get(graph.id(v)));
            if (shownIds != null) {
                shownIds[v] = reader.id(graph.id(v));
            }
        }
        ExportedNetwork network = ExportedNetwork.of(snapshot, names, scores, shownIds);
        NetworkWriter writer = format.equals("gexf") ? new GexfWriter() : new GraphMlWriter();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(writer.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contextmap-network-"
                        + snapshot.asOf() + "." + writer.extension() + "\"")
                .body(out -> writer.write(network, out));
    }

    private static List<Metric> metrics(List<String> names) {
        List<Metric> metrics = new ArrayList<>();
        for (String name : names) {
            Metric metric = Metric.parse(name.strip());
            if (metric == null) {
                throw new BadRequestException("Unknown metric '" + name + "' in metrics.");
            }
            metrics.add(metric);
        }
        return metrics;
    }
}
