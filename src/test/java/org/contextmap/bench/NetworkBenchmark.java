package org.contextmap.bench;

import static org.contextmap.bench.Figures.mib;
import static org.contextmap.bench.Figures.seconds;
import static org.contextmap.bench.Figures.settledHeap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.contextmap.ContextMapApplication;
import org.contextmap.database.GraphVersion;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.exchange.CsvBundleWriter;
import org.contextmap.exchange.ImportReport;
import org.contextmap.network.centrality.BrandesBetweenness;
import org.contextmap.network.centrality.Centralities;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.centrality.SampledBetweenness;
import org.contextmap.network.cluster.CommunityDetection;
import org.contextmap.network.cluster.CutVertices;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.NetworkSnapshots;

/**
 * How fast the network analytics run on a generated city, and with how much heap; with igraph's
 * exact betweenness on the same graph, in the same run, for comparison.
 *
 * <p>Generates a demo city, imports it into a fresh embedded database with the application's
 * importer, then times: the projection (one streaming read into the compact snapshot, cold and
 * again after a data-version change), every centrality metric, sampled betweenness at
 * ε = 0.05, and igraph's betweenness (Debian's {@code python3-igraph}, single-threaded C) on an
 * edge list of the same snapshot. Run it with (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.NetworkBenchmark \
 *     -Dbenchmark.people=20000 [-Dbenchmark.heap=4g] [-Dbenchmark.args="10 2.5 exact"]
 * </pre>
 *
 * Arguments: people, relationship rows per person (default 10), incidents per person (default
 * 2.5), and {@code exact} or {@code sampled} (default: exact up to 50,000 people). The all-pairs
 * metrics (exact betweenness, closeness, harmonic) and igraph are skipped in {@code sampled}
 * mode. {@code -Dbenchmark.jvm=-Dbenchmark.store=DIR} keeps the database in {@code DIR}; a
 * later run with the same {@code DIR} measures the same city without importing it again.
 */
public final class NetworkBenchmark {

    private static final List<String[]> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        double ties = args.length > 1 ? Double.parseDouble(args[1]) : DemoCitySpec.DEFAULT_RELATIONSHIPS_PER_PERSON;
        double incidents = args.length > 2 ? Double.parseDouble(args[2]) : DemoCitySpec.DEFAULT_INCIDENTS_PER_PERSON;
        boolean exact = args.length > 3 ? args[3].equals("exact") : people <= 50_000;

        // -Dbenchmark.store=DIR keeps the database there, and a second run on the same DIR skips
        // generating and importing the city (a million people take minutes to import)
        String kept = System.getProperty("benchmark.store");
        boolean reuse = kept != null && Files.isDirectory(Path.of(kept, "data"));
        System.out.printf("%nContextMap network benchmark: %,d young people, %s relationship rows each, Java %s, "
                + "%d cores, max heap %s%n", people, ties, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), mib(HeapWatcher.maxHeap()));
        Path folder = reuse ? null : Files.createTempDirectory("contextmap-network-bench");
        if (!reuse) {
            long started = System.nanoTime();
            var spec = new DemoCitySpec(people, DemoCitySpec.DEFAULT_SEED, ties, incidents, LocalDate.of(2026, 11, 1));
            CsvBundleWriter.writeFolder(DemoCityGenerator.generate(spec), folder);
            System.out.printf("generated and wrote the city in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        String store = kept == null ? "--contextmap.store-temporary=true" : "--contextmap.store=" + kept;
        try (var context = ContextMapApplication.withoutWeb().run(store,
                "--contextmap.demo=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            if (reuse) {
                System.out.printf("reusing the database in %s%n%n", kept);
            } else {
                ImportReport report = context.getBean(BundleImporter.class).importFolder(folder, false);
                if (report.status() != ImportReport.Status.IMPORTED) {
                    report.errors().forEach(System.out::println);
                    throw new IllegalStateException("the generated bundle was not imported: " + report.status());
                }
                System.out.printf("imported %,d rows in %.1f s%n%n", report.rows(),
                        report.durationMillis() / 1000.0);
                deleteFolder(folder);
            }

            NetworkSnapshots snapshots = context.getBean(NetworkSnapshots.class);
            GraphVersion versions = context.getBean(GraphVersion.class);
            long before = settledHeap();
            NetworkSnapshot snapshot = measure("projection (cold: first read)", () -> snapshots.on(null));
            long retained = settledHeap() - before;
            versions.bump();
            snapshot = measure("projection (again, after a data change)", () -> snapshots.on(null));
            CompactGraph graph = snapshot.people();
            System.out.printf("snapshot: %,d young people, %,d ties; %s retained on the heap (%s by array sizes, "
                    + "%.1f bytes per tie)%n%n", graph.size(), graph.edgeCount(), mib(retained),
                    mib(graph.approximateBytes()), (double) graph.approximateBytes() / Math.max(1, graph.edgeCount()));

            for (Metric metric : Metric.values()) {
                boolean allPairs = metric == Metric.CLOSENESS || metric == Metric.HARMONIC;
                if (allPairs && !exact) {
                    System.out.printf("  %-45s skipped: all-pairs, O(nm), not computed above the exact limit%n",
                            metric.label());
                } else if (metric != Metric.BETWEENNESS) {
                    measure(metric.label(), () -> Centralities.compute(metric, graph));
                }
            }
            var clusters = measure("Clusters (Louvain)", () -> CommunityDetection.best(graph, 1, 0));
            System.out.printf("  clusters: %,d, modularity %.4f%n", clusters.partition().count(), clusters.modularity());
            measure("Cut people and bridges", () -> CutVertices.find(graph));
            var estimate = measure("Betweenness, sampled (ε = 0.05, δ = 0.1)",
                    () -> SampledBetweenness.compute(graph, 0.05, 0.1, 1));
            System.out.printf("  sampled betweenness: %,d samples, vertex-diameter bound %d, error bound %.4f%n",
                    estimate.samples(), estimate.vertexDiameter(), estimate.networkxError());
            if (exact) {
                double[] ours = measure("Betweenness, exact (Brandes, " + Runtime.getRuntime().availableProcessors()
                        + " threads)", () -> BrandesBetweenness.compute(graph));
                igraph(graph, ours);
            }
        }
        System.out.printf("%n| step | time | peak heap during the step |%n|---|---:|---:|%n");
        for (String[] row : rows) {
            System.out.printf("| %s | %s | %s |%n", row[0], row[1], row[2]);
        }
    }

    /** Runs igraph's betweenness on the same graph and prints the ratio of our time to igraph's. */
    private static void igraph(CompactGraph graph, double[] ours) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        Path edges = Files.createTempFile("contextmap-edges", ".txt");
        Path script = Files.createTempFile("igraph_betweenness", ".py");
        try (InputStream in = NetworkBenchmark.class.getResourceAsStream("/network/igraph_betweenness.py")) {
            Files.write(script, in.readAllBytes());
        }
        try (BufferedWriter out = Files.newBufferedWriter(edges, StandardCharsets.US_ASCII)) {
            for (int e = 0; e < graph.edgeCount(); e++) {
                out.write(graph.source(e) + " " + graph.target(e) + "\n");
            }
        }
        try {
            Process process = new ProcessBuilder(python.toString(), script.toString(), edges.toString(),
                    Integer.toString(graph.size())).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
                System.out.println("igraph did not run (install Debian's python3-igraph): " + output);
                return;
            }
            String[] fields = output.lines().reduce((a, b) -> b).orElse("").split("\t");
            double seconds = Double.parseDouble(fields[3]);
            double ourSeconds = Double.parseDouble(rows.getLast()[1].replace(" s", ""));
            double max = 0;
            for (double score : ours) {
                max = Math.max(max, score);
            }
            double theirsMax = Double.parseDouble(fields[4]) * 2 / ((double) (graph.size() - 1) * (graph.size() - 2));
            rows.add(new String[] {"Betweenness, exact, igraph " + igraphVersion(python) + " (1 thread, C)",
                    String.format("%.2f s", seconds), "(separate process)"});
            System.out.printf("  igraph: %.2f s (loading the edge list %.2f s); ContextMap / igraph = %.2f; "
                    + "largest score ours %.9f, igraph's normalised %.9f%n", seconds, Double.parseDouble(fields[2]),
                    ourSeconds / seconds, max, theirsMax);
        } finally {
            Files.deleteIfExists(edges);
            Files.deleteIfExists(script);
        }
    }

    private static String igraphVersion(Path python) {
        try {
            Process process = new ProcessBuilder(python.toString(), "-c", "import igraph; print(igraph.__version__)")
                    .redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? version : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private static <T> T measure(String step, Callable<T> work) throws Exception {
        T result;
        long started;
        long elapsed;
        long peak;
        try (var heap = new HeapWatcher()) {
            started = System.nanoTime();
            result = work.call();
            elapsed = System.nanoTime() - started;
            peak = heap.sampledPeak();
        }
        rows.add(new String[] {step, seconds(elapsed), mib(peak)});
        System.out.printf("  %-45s %10s   peak heap %s%n", step, seconds(elapsed), mib(peak));
        return result;
    }




    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
