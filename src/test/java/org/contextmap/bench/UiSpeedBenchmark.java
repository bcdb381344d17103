package org.contextmap.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.contextmap.ContextMapApplication;
import org.contextmap.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The screens' speed in headless Chromium, from a click on a link inside the running application
 * (or a move of the slider) to the moment the screen says it is drawn: a child's two-step network
 * of up to 500 people, the whole city (aggregated into peer groups), a young person's page with its
 * risk and alerts, a move of the time slider, and the map with every hotspot. The
 * application starts on a temporary store with the demo city of the given size; each screen is
 * timed {@code RUNS} times after one warm-up, and the median and the slowest are printed. Run it
 * with (docs/performance.md, "Screens"):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.UiSpeedBenchmark \
 *     -Dbenchmark.people=2000 -Dbenchmark.heap=3g
 * </pre>
 */
public final class UiSpeedBenchmark {

    private static final int RUNS = 7;
    /** {@code -Dbenchmark.profile=true}: after each screen's runs, one more under Chromium's CPU profiler. */
    private static final boolean PROFILE = Boolean.getBoolean("benchmark.profile");

    private UiSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (ConfigurableApplicationContext context = new SpringApplication(ContextMapApplication.class).run(
                "--contextmap.store-temporary=true", "--contextmap.demo=true", "--contextmap.demo-people=" + people,
                "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            LoadBenchmark.awaitReady(context);
            String base = LoadBenchmark.base(context);
            Neo4jClient neo4j = context.getBean(Neo4jClient.class);
            String child = childWithTwoStepsUnder(neo4j, 500);
            ChromeDriver browser = Browser.start();
            try {
                Browser.signIn(browser, Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), "socialcare");
                System.out.printf("UiSpeedBenchmark: demo city of %,d young people; %d cores; Chromium headless; "
                        + "child %s; %d runs after a warm-up%n", people, Runtime.getRuntime().availableProcessors(),
                        child, RUNS);
                report("ego network, 2 steps (goal < 1 s)", time(browser, base + "/network?person=" + child + "&hops=2",
                        drawn("network-canvas")), nodes(browser));
                report("whole city, by peer group (goal < 3 s)", time(browser, base + "/network", drawn("network-canvas")),
                        nodes(browser));
                report("young person's page (goal < 500 ms)", time(browser, base + "/people/" + child,
                        d -> !d.findElements(By.id("record-alerts")).isEmpty() || !d.findElements(By.id("record-risk")).isEmpty()),
                        "the server's part of the last: " + attribute(browser, "person-record", "data-server-ms") + " ms");
                report("time slider redraw (goal < 500 ms)", slider(browser, base + "/network?person=" + child + "&hops=2"),
                        nodes(browser));
                report("hotspot map, every hotspot (goal < 1 s)", time(browser, base + "/map",
                        d -> attribute(d, "hotspot-map", "data-points") != null), "points " + attribute(browser, "hotspot-map", "data-points"));
            } finally {
                browser.quit();
            }
        }
        System.exit(0);
    }

    private static String nodes(WebDriver browser) {
        Object untilBegun = ((JavascriptExecutor) browser).executeScript("return Math.round(Number(document"
                + ".getElementById('network-canvas').dataset.begunAt) - window.cmClickAt)");
        return attribute(browser, "network-canvas", "data-nodes") + " nodes, "
                + attribute(browser, "network-canvas", "data-edges") + " edges; the browser's part of the last: "
                + attribute(browser, "network-canvas", "data-drawn-ms") + " ms, after " + untilBegun
                + " ms from the click to the first batch; the server's "
                + attribute(browser, "network-canvas", "data-server-ms") + " ms (in the browser: "
                + attribute(browser, "network-canvas", "data-received-ms") + " ms receiving, "
                + attribute(browser, "network-canvas", "data-added-ms") + " adding, "
                + attribute(browser, "network-canvas", "data-frame-ms") + " painting, "
                + attribute(browser, "network-canvas", "data-layout-ms") + " laying out)";
    }

    private static Predicate<WebDriver> drawn(String id) {
        return d -> "drawn".equals(attribute(d, id, "data-state"));
    }

    private static String attribute(WebDriver browser, String id, String name) {
        var found = browser.findElements(By.id(id));
        return found.isEmpty() ? null : found.getFirst().getDomAttribute(name);
    }

    /**
     * Milliseconds from a click on a link inside the running application (a router link, as in the
     * navigation or a record: no reload of the page's scripts) to the condition, RUNS times after a
     * warm-up. Between runs the browser is on the start page.
     */
    private static List<Double> time(WebDriver browser, String address, Predicate<WebDriver> done) throws InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            double took = once(browser, address, done);
            if (run > 0) {
                times.add(took);
            }
        }
        if (PROFILE) {
            once(browser, address, done, true);
        }
        return times;
    }

    private static double once(WebDriver browser, String address, Predicate<WebDriver> done) throws InterruptedException {
        return once(browser, address, done, false);
    }

    private static double once(WebDriver browser, String address, Predicate<WebDriver> done, boolean profiled)
            throws InterruptedException {
        String start = address.substring(0, address.indexOf('/', "http://".length())) + "/alerts";
        String path = address.substring(address.indexOf('/', "http://".length()) + 1);
        browser.get(start);
        await(browser, d -> !d.findElements(By.id("alerts-grid")).isEmpty());
        Thread.sleep(300);
        BrowserProfile profile = profiled ? BrowserProfile.start((ChromeDriver) browser) : null;
        long began = System.nanoTime();
        ((JavascriptExecutor) browser).executeScript("""
                window.cmClickAt = performance.now();
                const link = document.createElement('a');
                link.setAttribute('router-link', '');
                link.href = arguments[0];
                document.body.appendChild(link);
                link.click();""", path);
        await(browser, done);
        double took = (System.nanoTime() - began) / 1e6;
        if (profile != null) {
            profile.stopAndPrint(path, 25);
        }
        return took;
    }

    /** Milliseconds from moving the slider a year back (and forth) to the picture drawn again. */
    private static List<Double> slider(WebDriver browser, String address) throws InterruptedException {
        browser.get(address);
        await(browser, drawn("network-canvas"));
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            double took = move(browser, run % 2 == 0 ? 365 : 30);
            if (run > 0) {
                times.add(took);
            }
        }
        if (PROFILE) {
            var profile = BrowserProfile.start((ChromeDriver) browser);
            move(browser, 365);
            profile.stopAndPrint("the time slider", 25);
        }
        return times;
    }

    private static double move(WebDriver browser, int daysBack) throws InterruptedException {
        long start = System.nanoTime();
        ((JavascriptExecutor) browser).executeScript("""
                const canvas = document.getElementById('network-canvas');
                window.cmClickAt = performance.now();
                canvas.setAttribute('data-state', 'moved');
                const slider = document.getElementById('time-slider');
                slider.value = String(arguments[0]);
                slider.dispatchEvent(new Event('change', {bubbles: true}));""", 730 - daysBack);
        await(browser, drawn("network-canvas"));
        return (System.nanoTime() - start) / 1e6;
    }

    private static void await(WebDriver browser, Predicate<WebDriver> done) throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        while (!done.test(browser)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("not drawn within two minutes");
            }
            Thread.sleep(10);
        }
    }

    private static void report(String what, List<Double> times, String drawn) {
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf("  %-42s median %,6.0f ms   slowest %,6.0f ms   %s%n", what, sorted.get(sorted.size() / 2),
                sorted.getLast(), drawn);
    }

    /** The child with the most people within two steps, up to {@code limit}, among those with ties last year. */
    private static String childWithTwoStepsUnder(Neo4jClient neo4j, int limit) {
        return neo4j.query("""
                MATCH (p:YoungPerson)-[:KNOWS]-()
                WITH DISTINCT p
                MATCH (p)-[:KNOWS*1..2]-(o:YoungPerson)
                WITH p, count(DISTINCT o) AS reach WHERE reach <= $limit
                RETURN p.id AS id ORDER BY reach DESC, id LIMIT 1""")
                .bindAll(Map.of("limit", limit, "since", LocalDate.now().minusYears(1)))
                .fetchAs(String.class).one().orElseThrow();
    }
}
