package org.contextmap.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.contextmap.support.Browser;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page in a real browser, as an administrator: a bad bundle is refused with its errors
 * listed by file, line and column and the data stays as it was; a good one is checked, then
 * imported, and the page shows the summary that the import thread pushed to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"contextmap.store-temporary=true", "contextmap.demo=false"})
class ImportScreenBrowserTest {

    private static final String PEOPLE = "MATCH (p:YoungPerson) RETURN count(p)";

    @LocalServerPort
    int port;

    @Autowired
    GraphTestSupport graph;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws Exception {
        graph.clear();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Browser.signIn(browser, port, "admin");
        browser.get("http://localhost:" + port + "/import");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aBadBundleIsRefusedWithItsErrorsByFileAndLineAndNothingIsWritten() throws Exception {
        var bad = TestBundles.valid()
                .replace("young_people.csv", "2011-04-02", "2011-13-02")
                .replace("incidents.csv", "STABBING", "STABBBING");
        upload(bad, "partner-bundle.zip");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"),
                "partner-bundle.zip was refused: nothing was written."));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-errors vaadin-grid-cell-content")));
        assertThat(browser.findElement(By.id("import-error-summary")).getText()).startsWith("It has 2 errors");
        String errors = cells("import-errors");
        assertThat(errors).contains("young_people.csv", "incidents.csv", "date_of_birth", "type");
        assertThat(rowOf(errors, "young_people.csv")).contains("2");
        assertThat(rowOf(errors, "incidents.csv")).contains("3");
        assertThat(browser.findElement(By.id("import-errors-csv")).getDomAttribute("href")).isNotBlank();
        assertThat(browser.findElements(By.id("import-write"))).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        assertThat(graph.count(PEOPLE)).as("nothing written").isZero();
        screenshot("import-refused");
    }

    @Test
    void aGoodBundleIsCheckedThenImportedWithASummary() throws Exception {
        upload(TestBundles.valid(), "good-bundle.zip");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "passed the check"));
        assertThat(graph.count(PEOPLE)).as("a check writes nothing").isZero();
        assertThat(cells("import-counts")).contains("young_people.csv");

        browser.findElement(By.id("import-write")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"),
                "good-bundle.zip was imported."));
        assertThat(browser.findElement(By.id("import-done-summary")).getText()).contains("rows imported", "What changed");
        assertThat(graph.count(PEOPLE)).isEqualTo(3);
        screenshot("import-done");
    }

    private void upload(TestBundles bundle, String name) throws Exception {
        Path zip = Files.createTempDirectory("import-test").resolve(name);
        Files.write(zip, bundle.zip());
        WebElement upload = browser.findElement(By.id("import-upload"));
        WebElement input = fileInput(upload);
        input.sendKeys(zip.toAbsolutePath().toString());
    }

    /** The upload's file input: in its light DOM in some versions of the component, in its shadow root in others. */
    private WebElement fileInput(WebElement upload) {
        var light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    /** The grid's cells read as rows of four (file, line, column, problem); the row whose file is given. */
    private static String rowOf(String cells, String file) {
        String[] all = cells.split("\n");
        for (int i = 0; i + 3 < all.length; i++) {
            if (all[i].equals(file)) {
                return all[i] + " | " + all[i + 1] + " | " + all[i + 2] + " | " + all[i + 3];
            }
        }
        return "";
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
