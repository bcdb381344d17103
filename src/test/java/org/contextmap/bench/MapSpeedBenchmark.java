package org.contextmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.contextmap.ContextMapApplication;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.DataLoading;
import org.contextmap.place.LocationType;
import org.contextmap.place.PlaceService;
import org.contextmap.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The hotspot map on the demo city in headless Chromium (goal: every hotspot drawn < 1 s from
 * navigation). Starts the application on a temporary store with the demo city, waits for it and
 * for the work after its import, signs in as the demo police officer and opens {@code /map} ten
 * times, reporting for each the element's {@code data-drawn-ms} (from the browser's navigation
 * start to the points on screen) and the wall-clock time from asking the browser to navigate to
 * {@code data-points} being set; then ten times from a click on "Hotspots map" in the menu (from the
 * list of young people) to the points drawn, the way a person opens it. No tile server is reachable here: the map draws its plain view.
 * It also saves screenshots of the map, the top hotspot's page and a school's page to
 * {@code target/screenshots/} (the ones in {@code docs/images/} come from here). Run with:
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.MapSpeedBenchmark \
 *     -Dbenchmark.people=2000 -Dbenchmark.heap=3g
 * </pre>
 */
public final class MapSpeedBenchmark {

    private static final int RUNS = 10;

    private MapSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        SpringApplication application = new SpringApplication(ContextMapApplication.class);
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
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            String school = context.getBean(PlaceService.class).all().stream()
                    .filter(l -> l.type() == LocationType.SCHOOL).findFirst().orElseThrow().id();
            ChromeDriver browser = Browser.start();
            try {
                Browser.signIn(browser, port, "police");
                var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                List<Long> drawn = new ArrayList<>();
                List<Long> wall = new ArrayList<>();
                String points = "";
                for (int run = 0; run < RUNS; run++) {
                    long started = System.nanoTime();
                    browser.get(base + "/map");
                    WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hotspot-map")));
                    wait.until(driver -> map.getDomAttribute("data-points") != null);
                    wall.add((System.nanoTime() - started) / 1_000_000);
                    drawn.add(Long.parseLong(map.getDomAttribute("data-drawn-ms")));
                    points = map.getDomAttribute("data-points");
                }
                List<Long> clicked = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    browser.get(base + "/people");
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people-total")));
                    Object before = browser.executeScript("window.__cmClick = performance.now(); return 0;");
                    browser.findElement(By.cssSelector("vaadin-side-nav-item[path='map']")).click();
                    WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hotspot-map")));
                    wait.until(driver -> map.getDomAttribute("data-points") != null);
                    Number start = (Number) browser.executeScript("return window.__cmClick;");
                    clicked.add(Long.parseLong(map.getDomAttribute("data-drawn-ms")) - start.longValue());
                }
                Thread.sleep(1500);
                save(browser, "hotspot-map-demo");
                System.out.printf("MapSpeedBenchmark: demo city of %,d young people, %s points drawn%n", people, points);
                report("navigation start to points drawn (data-drawn-ms)", drawn);
                report("browser.get() to data-points set (wall clock)", wall);
                report("click on \"Hotspots map\" in the menu to points drawn", clicked);
                String top = browser.findElement(By.cssSelector("#hotspot-list vaadin-grid-cell-content a"))
                        .getDomAttribute("href");
                browser.get(base + "/" + top);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("place-name")));
                save(browser, "place-demo");
                browser.findElement(By.id("sign-out")).click();
                Browser.signIn(browser, port, "school");
                browser.get(base + "/schools/" + school);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("school-name")));
                save(browser, "school-demo");
            } finally {
                browser.quit();
            }
        }
    }

    private static void report(String what, List<Long> millis) {
        System.out.printf("  %-52s first %5d ms, median of the rest %5d ms, max of the rest %5d ms%n", what,
                millis.getFirst(), median(millis.subList(1, millis.size())), Collections.max(millis.subList(1, millis.size())));
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void save(WebDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
