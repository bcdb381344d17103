package org.contextmap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.contextmap.ContextMapApplication;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.DataLoading;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The speed goals of safety planning, through the real HTTP API on the demo city: the
 * suggestions for one child (goal under 200 ms) for twenty children of rival groups with a home
 * area and a school, a violence-reduction meeting's agenda (under 2 s) for the busiest home area
 * and for the whole city, the meeting pack as a PDF (under 5 s) for both, and one child's pack.
 * The application starts on a temporary embedded store, loads the demo city and finishes its
 * work after the import first. Run it with (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.PlanningBenchmark \
 *     -Dbenchmark.people=20000 -Dbenchmark.heap=4g
 * </pre>
 */
public final class PlanningBenchmark {

    private static final int RUNS = 7;
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(
            StandardCharsets.UTF_8));

    private PlanningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        SpringApplication application = new SpringApplication(ContextMapApplication.class);
        long started = System.nanoTime();
        try (var context = application.run("--contextmap.store-temporary=true", "--contextmap.demo=true",
                "--contextmap.demo-people=" + people, "--server.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off")) {
            DataLoading loading = context.getBean(DataLoading.class);
            BackgroundWork background = context.getBean(BackgroundWork.class);
            while (loading.progress().loading()) {
                Thread.sleep(200);
            }
            Thread.sleep(500);
            while (background.pending() > 0) {
                Thread.sleep(200);
            }
            System.out.printf("%nPlanningBenchmark: demo city of %,d young people ready %.0f s after start; %d cores, "
                    + "Java %s%n", people, (System.nanoTime() - started) / 1e9,
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            Neo4jClient neo4j = context.getBean(Neo4jClient.class);
            List<String> children = List.copyOf(neo4j.query("""
                    MATCH (p:YoungPerson)-[:ASSOCIATED_WITH]->(:PeerGroup)-[:IN_CONFLICT_WITH]-(:PeerGroup)
                    WHERE EXISTS { (p)-[:ATTENDS]->(:Location) } AND p.homeArea IS NOT NULL
                    RETURN DISTINCT p.id ORDER BY p.id LIMIT 20""").fetchAs(String.class).all());
            String area = neo4j.query("""
                    MATCH (p:YoungPerson) WHERE p.homeArea IS NOT NULL
                    WITH p.homeArea AS area, count(*) AS people ORDER BY people DESC LIMIT 1 RETURN area""")
                    .fetchAs(String.class).one().orElseThrow();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newHttpClient();

            List<Long> suggestions = new ArrayList<>();
            int found = 0;
            for (String child : children) {
                get(http, base + "/api/people/" + child + "/safety-plans/suggestions"); // first read of the child
                long t = System.nanoTime();
                String body = get(http, base + "/api/people/" + child + "/safety-plans/suggestions");
                suggestions.add(System.nanoTime() - t);
                found += body.split("\"kind\"").length - 1;
            }
            Collections.sort(suggestions);
            System.out.printf("| step | median | worst | goal |%n|---|---:|---:|---|%n");
            System.out.printf("| suggestions for one child (%d children, %d suggestions in all) | %.0f ms | %.0f ms "
                    + "| < 200 ms |%n", children.size(), found, suggestions.get(suggestions.size() / 2) / 1e6,
                    suggestions.getLast() / 1e6);
            for (String where : new String[] {area, ""}) {
                String meeting = post(http, base + "/api/meetings", where.isEmpty() ? "{}"
                        : "{\"areaId\": \"" + where + "\"}");
                int at = meeting.indexOf("\"id\":\"") + 6;
                String id = meeting.substring(at, meeting.indexOf('"', at));
                String label = where.isEmpty() ? "the whole city" : "home area " + where;
                time(http, base + "/api/meetings/" + id + "/agenda", "meeting agenda, " + label, "< 2 s");
                time(http, base + "/api/reports/meeting-pack" + (where.isEmpty() ? "" : "?area=" + where),
                        "meeting pack PDF, " + label, "< 5 s");
            }
            time(http, base + "/api/people/" + children.getFirst() + "/pack", "one child's pack PDF", "");
        }
    }

    private static void time(HttpClient http, String url, String what, String goal) throws Exception {
        List<Long> runs = new ArrayList<>();
        get(http, url);
        for (int run = 0; run < RUNS; run++) {
            long t = System.nanoTime();
            get(http, url);
            runs.add(System.nanoTime() - t);
        }
        Collections.sort(runs);
        System.out.printf("| %s | %.0f ms | %.0f ms | %s |%n", what, runs.get(RUNS / 2) / 1e6, runs.getLast() / 1e6,
                goal);
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String post(HttpClient http, String url, String json) throws Exception {
        HttpResponse<String> response = http.send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", ADMIN)
                .header("X-Purpose", "Planning benchmark");
    }
}
