package org.contextmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.contextmap.ContextMapApplication;
import org.contextmap.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Takes the screenshots of the main views in {@code docs/images} on the demo city, signed in as a
 * social worker (and as an analyst for the city's network), so that the pictures in the README
 * and docs/screens.md show what the code draws today. Run it with:
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.ScreenTour \
 *     -Dbenchmark.people=2000 -Dbenchmark.heap=3g -Dbenchmark.args=docs/images
 * </pre>
 *
 * With {@code -Dbenchmark.jvm=-Dbenchmark.user=school} (or another demo account) and another folder
 * in {@code benchmark.args}, the same tour as that role.
 */
public final class ScreenTour {

    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/screens");
        Files.createDirectories(folder);
        try (ConfigurableApplicationContext context = new SpringApplication(ContextMapApplication.class).run(
                "--contextmap.store-temporary=true", "--contextmap.demo=true", "--contextmap.demo-people=" + people,
                "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            LoadBenchmark.awaitReady(context);
            String base = LoadBenchmark.base(context);
            int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
            Neo4jClient neo4j = context.getBean(Neo4jClient.class);
            String child = neo4j.query("""
                    MATCH (p:YoungPerson)-[:KNOWS]-() WITH p, count(*) AS ties
                    MATCH (p)-[:INVOLVED_IN {role: 'VICTIM'}]->() WITH p, ties, count(*) AS harmed
                    RETURN p.id ORDER BY harmed DESC, ties DESC, p.id LIMIT 1""").fetchAs(String.class).one().orElseThrow();
            String group = neo4j.query("MATCH (g:PeerGroup)<-[:ASSOCIATED_WITH]-() WITH g, count(*) AS associates RETURN g.id ORDER BY associates DESC, g.id LIMIT 1")
                    .fetchAs(String.class).one().orElseThrow();
            Map<String, String> shots = new LinkedHashMap<>();
            shots.put("start.png", "/");
            shots.put("network-explorer.png", "/network?person=" + child + "&hops=1");
            shots.put("network-two-steps.png", "/network?person=" + child + "&hops=2");
            shots.put("young-person.png", "/people/" + child);
            shots.put("risk.png", "/risk");
            shots.put("alerts.png", "/alerts");
            shots.put("tensions.png", "/tensions");
            shots.put("peer-group.png", "/groups/" + group);
            ChromeDriver browser = Browser.start();
            try {
                Browser.signIn(browser, port, System.getProperty("benchmark.user", "socialcare"));
                for (var shot : shots.entrySet()) {
                    browser.get(base + shot.getValue());
                    Thread.sleep(1_500);
                    if (shot.getValue().startsWith("/network")) {
                        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                                .until(ScreenTour::networkShown);
                    }
                    Thread.sleep(2_500);
                    Files.write(folder.resolve(shot.getKey()), browser.getScreenshotAs(OutputType.BYTES));
                    System.out.println("ScreenTour: " + folder.resolve(shot.getKey()) + " ← " + shot.getValue());
                }
                browser.get(base + "/network");
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                        .until(ScreenTour::networkShown);
                Thread.sleep(1_000);
                Files.write(folder.resolve("city-network.png"), browser.getScreenshotAs(OutputType.BYTES));
                // a tablet held upright: the record and a child's network
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
                for (var shot : Map.of("tablet-young-person.png", "/people/" + child,
                        "tablet-network.png", "/network?person=" + child + "&hops=1").entrySet()) {
                    browser.get(base + shot.getValue());
                    Thread.sleep(4_000);
                    Files.write(folder.resolve(shot.getKey()), browser.getScreenshotAs(OutputType.BYTES));
                    System.out.println("ScreenTour: " + folder.resolve(shot.getKey()) + " ← " + shot.getValue());
                }
            } finally {
                browser.quit();
            }
        }
        System.exit(0);
    }

    /** The picture drawn, or no picture at all (nothing to draw, or the network not open to the role). */
    private static boolean networkShown(org.openqa.selenium.WebDriver browser) {
        var canvas = browser.findElements(By.id("network-canvas"));
        return canvas.isEmpty() || !canvas.getFirst().isDisplayed()
                ? !browser.findElements(By.id("network-heading")).isEmpty()
                : "drawn".equals(canvas.getFirst().getDomAttribute("data-state"));
    }
}
