package org.contextmap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.contextmap.ContextMapApplication;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.DataLoading;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * What a screen waits for on the demo city, through the real HTTP API: the application starts on
 * a temporary embedded store, loads the demo city of the given size, and — once the work it does
 * after an import off the request path (clusters, the risk model's fit and calibration, the
 * explanations of the ranking) has finished — times the requests a screen makes first: the ranked
 * risk list of 1,000 with reasons, the clusters, one child's risk, the alerts and the work list.
 * For comparison it also times the clusters of a day nobody has asked for (a cold snapshot,
 * computed on the request). Run it with (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.ScreenWaitBenchmark \
 *     -Dbenchmark.people=2000 -Dbenchmark.heap=3g
 * </pre>
 */
public final class ScreenWaitBenchmark {

    private static final int RUNS = 10;

    private ScreenWaitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        SpringApplication application = new SpringApplication(ContextMapApplication.class);
        long started = System.nanoTime();
        try (var context = application.run("--contextmap.store-temporary=true", "--contextmap.demo=true",
                "--contextmap.demo-people=" + people, "--server.port=0", "--logging.level.root=WARN",
                "--logging.level.org.contextmap.base.BackgroundWork=INFO", "--spring.main.banner-mode=off")) {
            DataLoading loading = context.getBean(DataLoading.class);
            BackgroundWork background = context.getBean(BackgroundWork.class);
            while (loading.progress().loading()) {
                Thread.sleep(200);
            }
            long loaded = System.nanoTime();
            Thread.sleep(500);
            while (background.pending() > 0) {
                Thread.sleep(200);
            }
            long precomputed = System.nanoTime();
            System.out.printf("ScreenWaitBenchmark: demo city of %,d young people loaded %.1f s after start; the "
                    + "precomputation after the import took a further %.1f s%n", people, (loaded - started) / 1e9,
                    (precomputed - loaded) / 1e9);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + port;
            String someone = firstId(http, base);
            time(http, base + "/api/risk?size=1000", "ranked risk list, 1,000 with reasons (goal < 500 ms)");
            time(http, base + "/api/analytics/clusters", "clusters of today, precomputed (goal < 2 s)");
            time(http, base + "/api/people/" + someone + "/risk", "one child's risk with its explanation");
            time(http, base + "/api/alerts?size=100", "alerts, first page of 100");
            time(http, base + "/api/alerts/cases?size=100", "work list (one line per child), first page");
            String yesterday = LocalDate.now().minusDays(1).toString();
            long cold = once(http, base + "/api/analytics/clusters?asOf=" + yesterday);
            System.out.printf("  %-58s %8.0f ms (first request, nothing precomputed for that day)%n",
                    "clusters of a cold snapshot (yesterday)", cold / 1e6);
        }
    }

    private static String firstId(HttpClient http, String base) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/risk?size=1"))
                .header("X-Purpose", "benchmark").build(), HttpResponse.BodyHandlers.ofString()).body();
        int at = body.indexOf("\"personId\":\"") + 12;
        return body.substring(at, body.indexOf('"', at));
    }

    /** The first request, then the median and the worst of {@link #RUNS} more. */
    private static void time(HttpClient http, String url, String what) throws Exception {
        long first = once(http, url);
        List<Long> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            runs.add(once(http, url));
        }
        Collections.sort(runs);
        System.out.printf("  %-58s %8.0f ms first, %6.0f ms median, %6.0f ms worst of %d%n", what, first / 1e6,
                runs.get(RUNS / 2) / 1e6, runs.getLast() / 1e6, RUNS);
    }

    private static long once(HttpClient http, String url) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("X-Purpose", "benchmark").build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }
}
