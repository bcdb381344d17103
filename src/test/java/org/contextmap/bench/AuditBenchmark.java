package org.contextmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.contextmap.ContextMapApplication;
import org.contextmap.audit.AuditTrail;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.DataLoading;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the audit trail costs a profile read: {@code GET /api/people/{id}} through the real HTTP
 * API, from several threads at once, with the audit on and then off
 * ({@code contextmap.audit.enabled=false}, a setting that exists for this comparison only), then on
 * again, on one store holding the demo city (built once, by the first run). Each run warms up and
 * then times the same reads of random children. Run it with (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.AuditBenchmark \
 *     -Dbenchmark.people=20000 -Dbenchmark.heap=3g [-Dbenchmark.args="8 250"]
 * </pre>
 *
 * The arguments after the number of people: threads (8) and timed reads per thread (250).
 */
public final class AuditBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int reads = args.length > 2 ? Integer.parseInt(args[2]) : 250;
        Path store = Files.createTempDirectory("contextmap-audit-bench");
        try {
            System.out.printf("AuditBenchmark: profile reads (GET /api/people/{id}), %d threads x %d reads, demo city "
                    + "of %,d young people%n", threads, reads, people);
            for (boolean audit : new boolean[] {true, false, true}) {
                run(store, people, audit, threads, reads);
            }
        } finally {
            try (Stream<Path> files = Files.walk(store)) {
                files.sorted(Comparator.reverseOrder()).forEach(AuditBenchmark::delete);
            }
        }
    }

    private static void run(Path store, int people, boolean audit, int threads, int reads) throws Exception {
        long started = System.nanoTime();
        SpringApplication application = new SpringApplication(ContextMapApplication.class);
        try (ConfigurableApplicationContext context = application.run("--contextmap.store=" + store,
                "--contextmap.demo=true", "--contextmap.demo-people=" + people, "--server.port=0",
                "--contextmap.audit.enabled=" + audit, "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            DataLoading loading = context.getBean(DataLoading.class);
            BackgroundWork background = context.getBean(BackgroundWork.class);
            while (loading.progress().loading()) {
                Thread.sleep(200);
            }
            Thread.sleep(500);
            while (background.pending() > 0) {
                Thread.sleep(200);
            }
            System.out.printf("  audit %-3s: ready %.0f s after start%n", audit ? "on" : "off",
                    (System.nanoTime() - started) / 1e9);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            List<String> ids = ids(http, base);
            reads(http, base, ids, threads, Math.max(20, reads / 5), 1); // warm-up: caches, the day's alerts, the JIT
            AuditTrail trail = context.getBean(AuditTrail.class);
            AuditTrail.Writes before = trail.writes();
            long begun = System.nanoTime();
            List<Long> latencies = reads(http, base, ids, threads, reads, 2);
            long took = System.nanoTime() - begun;
            AuditTrail.Writes after = trail.writes();
            Collections.sort(latencies);
            long commits = after.commits() - before.commits();
            long entries = after.entries() - before.entries();
            System.out.printf("  audit %-3s: %,7.0f reads/s; latency median %5.1f ms, p99 %6.1f ms; %,d entries in %,d "
                    + "commits (%.1f per commit)%n", audit ? "on" : "off", latencies.size() / (took / 1e9),
                    latencies.get(latencies.size() / 2) / 1e6, latencies.get(latencies.size() * 99 / 100) / 1e6,
                    entries, commits, commits == 0 ? 0.0 : (double) entries / commits);
        }
    }

    /** The first 1,000 children of the list (the list is not a read of anyone's record). */
    private static List<String> ids(HttpClient http, String base) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/people?size=1000")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> ids = new ArrayList<>();
        Matcher id = ID.matcher(body);
        while (id.find()) {
            ids.add(id.group(1));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No young people listed: " + body);
        }
        return ids;
    }

    /** {@code each} reads per thread of children picked with a fixed seed; the latency of each read. */
    private static List<Long> reads(HttpClient http, String base, List<String> ids, int threads, int each, int seed)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            java.util.Random random = new java.util.Random(seed * 1_000L + t);
            futures.add(pool.submit(() -> {
                List<Long> took = new ArrayList<>(each);
                for (int r = 0; r < each; r++) {
                    String id = ids.get(random.nextInt(ids.size()));
                    long begun = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/people/"
                            + id)).header("X-Purpose", "benchmark").build(), HttpResponse.BodyHandlers.ofString());
                    took.add(System.nanoTime() - begun);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(id + " answered " + response.statusCode() + ": "
                                + response.body());
                    }
                }
                return took;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        return all;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the figures for
        }
    }
}
