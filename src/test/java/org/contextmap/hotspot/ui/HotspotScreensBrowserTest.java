package org.contextmap.hotspot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.contextmap.account.AccountService;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.Role;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.Browser;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hotspot screens in a real browser, with no tile server reachable (the tile URL points at a
 * closed local port, as on these machines without internet): the map still draws every point on
 * its plain coordinate view beside the ranked list, a marker opens its place, and a school's
 * safeguarding lead sees their own school's location risk but not another school's, whatever they
 * type into the address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"contextmap.store-temporary=true", "contextmap.demo=false",
                "contextmap.map.tile-url=http://127.0.0.1:1/{z}/{x}/{y}.png"})
class HotspotScreensBrowserTest {

    /** An education user tied to Ashbury Academy (S1) only. */
    private static final String SCHOOL_USER = "dsl-ashbury";
    private static final String SCHOOL_PASSWORD = "dsl-ashbury-password";

    @LocalServerPort
    int port;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    AccountService accounts;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws Exception {
        graph.clear();
        var bundle = TestBundles.valid().append("locations.csv", "S2,Millfield School,SCHOOL,52.03,-0.98");
        importer.importZip(new ByteArrayInputStream(bundle.zip()), false);
        try {
            accounts.create(new AccountService.UserRequest(SCHOOL_USER, "Ashbury safeguarding lead", SCHOOL_PASSWORD,
                    EnumSet.of(Role.EDUCATION), Set.of("S1"), true));
        } catch (BadRequestException alreadyThere) {
            // made by an earlier test in this context
        }
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMapDrawsEveryHotspotAndSchoolWithoutTilesBesideTheRankedList() throws Exception {
        Browser.signIn(browser, port, "police");
        browser.get("http://localhost:" + port + "/map");
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hotspot-map")));
        wait.until(driver -> map.getDomAttribute("data-points") != null);

        // Mill Park (falling: its harm was in the period before) and the two schools
        assertThat(map.getDomAttribute("data-points")).isEqualTo("3");
        assertThat(map.getDomAttribute("data-heat")).as("no incident in the last 90 days: no heat").isEqualTo("0");
        wait.until(driver -> "plain".equals(map.getDomAttribute("data-view")));
        wait.until(ExpectedConditions.textToBePresentInElement(map,
                "Map tiles could not load: places are shown by their coordinates"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hotspot-total"), "1 place with harm"));
        assertThat(cells("hotspot-list")).contains("Mill Park", "▼ Falling");
        System.out.println("HotspotScreensBrowserTest: map drawn " + map.getDomAttribute("data-drawn-ms")
                + " ms after navigation start");
        screenshot("map-test-bundle");

        WebElement marker = browser.findElement(By.cssSelector("#hotspot-map .leaflet-marker-icon[title^='1. Mill Park']"));
        assertThat(marker.getDomAttribute("title")).contains("falling", "0 incidents in the period");
        marker.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-name"), "Mill Park"));
        assertThat(browser.getCurrentUrl()).contains("/places/P1");
    }

    @Test
    void aPeriodInTheAddressDrawsItsHarmGridAsHeat() {
        Browser.signIn(browser, port, "police");
        browser.get("http://localhost:" + port + "/map?from=2026-01-01&to=2026-12-07");
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hotspot-map")));
        wait.until(driver -> map.getDomAttribute("data-heat") != null);
        assertThat(Integer.parseInt(map.getDomAttribute("data-heat"))).isPositive();
        assertThat(browser.findElements(By.cssSelector("#hotspot-map canvas.leaflet-heatmap-layer"))).hasSize(1);
        assertThat(cells("hotspot-list")).contains("Mill Park", "2");
    }

    @Test
    void aPlacePageShowsTheHarmAndIncidentsOfItsPeriod() {
        Browser.signIn(browser, port, "police");
        browser.get("http://localhost:" + port + "/places/P1?from=2026-01-01&to=2026-12-07");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("place-name"), "Mill Park"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-grid")));
        assertThat(cells("incident-grid")).contains("Knife injury seen in the emergency department");
        assertThat(browser.findElement(By.id("area-harm")).getText()).contains("1 Jan 2026 to 7 Dec 2026");
        screenshot("place-test-bundle");
    }

    @Test
    void aSchoolUserSeesTheirOwnSchoolButNotAnotherSchoolByTypingItsAddress() {
        Browser.signIn(browser, port, SCHOOL_USER, SCHOOL_PASSWORD);
        browser.get("http://localhost:" + port + "/schools/S1?from=2026-01-01&to=2026-12-07");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("school-name"), "Ashbury Academy"));
        assertThat(browser.findElement(By.id("school-pupils")).getText()).contains("Pupils on record\n3");
        screenshot("school-test-bundle");

        browser.get("http://localhost:" + port + "/schools/S2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-open")));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("This school's location-risk view is not open to your role",
                "You may see the location-risk view of your own schools only.");
        assertThat(page).doesNotContain("Millfield School", "Exception", "at org.");
        assertThat(browser.getTitle()).isEqualTo("Not open to your role · ContextMap");
    }

    @Test
    void theAddressCheckIsASmallLabelledForm() {
        Browser.signIn(browser, port, "housing");
        browser.get("http://localhost:" + port + "/map/address");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#address-lat input")));
        browser.findElement(By.cssSelector("#address-lat input")).sendKeys("52.0101");
        browser.findElement(By.cssSelector("#address-lon input")).sendKeys("-0.9901");
        browser.findElement(By.cssSelector("#address-from input")).sendKeys("1/1/2026", Keys.ENTER);
        wait.until(driver -> driver.findElement(By.id("address-check")).getDomAttribute("aria-hidden") == null);
        browser.findElement(By.id("address-check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("area-harm")));
        String result = browser.findElement(By.id("address-result")).getText();
        assertThat(result).contains("Harm score", "within 500 m of the address", "Incidents by type");
        assertThat(result).doesNotContain("Knife injury seen").as("no incident detail for an address");
    }

    private String cells(String gridId) {
        return String.join("\n", browser.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }

    private void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.out.println("No screenshot " + name + ": " + e);
        }
    }
}
