package org.contextmap.person.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Base64;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.contextmap.base.DataLoading;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.Browser;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The first screens in a real browser: find a child in the list, open their record; and while the
 * demo city still loads on a first start, the list and the record say how far it is and show
 * themselves once it is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"contextmap.store-temporary=true", "contextmap.demo=false"})
class PeopleScreensBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    Loading loading;

    private WebDriver browser;
    private WebDriverWait wait;

    /** A load in the background that the test moves along by hand. */
    static class Loading implements DataLoading {
        volatile Progress progress = Progress.NOTHING;

        @Override
        public Progress progress() {
            return progress;
        }
    }

    @TestConfiguration
    static class LoadingByHand {
        @Bean
        @Primary
        Loading loadingByHand() {
            return new Loading();
        }
    }

    private static DataLoading.Progress writing(int percent) {
        return new DataLoading.Progress(DataLoading.State.WRITING, "the demo city of Ashbury",
                "Writing 45,120 rows to the database", percent);
    }

    @BeforeEach
    void open() throws Exception {
        loading.progress = DataLoading.Progress.NOTHING;
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browser.signIn(browser, port, "socialcare");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchTheListAndOpenAYoungPersonsRecord() {
        browser.get("http://localhost:" + port + "/people");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-total"), "3 young people"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Amira Hassan")));

        browser.findElement(By.cssSelector("#people-search input")).sendKeys("yusuf");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-total"), "1 young person"));
        assertThat(browser.findElements(By.linkText("Amira Hassan"))).isEmpty();

        browser.findElement(By.linkText("Yusuf Hassan")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-name"), "Yusuf Hassan"));
        assertThat(browser.getTitle()).isEqualTo("Yusuf Hassan · ContextMap");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page)
                .contains("Domestic abuse", "noted 1 May 2023 by Police")
                .contains("Northgate Estate group", "association, not a finding — Police, probable, since 1 Jun 2025")
                .contains("Permanent exclusion")
                .doesNotContain("gang member");
    }

    @Test
    void aVictimIsLabelledAsAVictimInTheChronology() {
        browser.get("http://localhost:" + port + "/people/YP1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-name"), "Amira Hassan"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chronology-grid .cm-victim")));

        assertThat(browser.findElement(By.cssSelector("#chronology-grid .cm-victim")).getText())
                .isEqualTo("Victim: stabbing (life-threatening, knife) at Mill Park");
    }

    @Test
    void anUnknownIdSaysSoInsteadOfFailing() {
        browser.get("http://localhost:" + port + "/people/NOBODY");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "No young person with id NOBODY"));
    }

    @Test
    void whileTheDemoCityLoadsTheListSaysHowFarItIsAndThenShowsItself() {
        loading.progress = writing(42);
        browser.get("http://localhost:" + port + "/people");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loading-title"),
                "Loading the demo city of Ashbury… (42 %)"));
        assertThat(browser.findElement(By.id("loading-step")).getText()).startsWith("Writing 45,120 rows");
        assertThat(browser.findElements(By.linkText("Amira Hassan"))).as("no partial list").isEmpty();

        loading.progress = writing(77);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loading-title"), "(77 %)"));

        loading.progress = new DataLoading.Progress(DataLoading.State.LOADED, "the demo city of Ashbury", "done", 100);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-total"), "3 young people"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Amira Hassan")));
        assertThat(browser.findElements(By.id("loading-banner"))).isEmpty();
    }

    @Test
    void whileTheDemoCityLoadsARecordWaitsForItInsteadOfSayingNobodyHasThatId() {
        loading.progress = writing(10);
        browser.get("http://localhost:" + port + "/people/YP1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loading-title"), "(10 %)"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("No young person");

        loading.progress = new DataLoading.Progress(DataLoading.State.LOADED, "the demo city of Ashbury", "done", 100);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-name"), "Amira Hassan"));
        assertThat(browser.getTitle()).isEqualTo("Amira Hassan · ContextMap");
    }

    @Test
    void aFailedLoadIsReportedAboveTheList() {
        loading.progress = new DataLoading.Progress(DataLoading.State.FAILED, "the demo city of Ashbury",
                "The demo city could not be loaded: disk full. Start the application again to retry.", 0);
        browser.get("http://localhost:" + port + "/people");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loading-title"),
                "Could not load the demo city of Ashbury"));
        assertThat(browser.findElement(By.id("loading-step")).getText()).contains("disk full");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-total"), "3 young people"));
    }

    @Test
    void theApiAnswersWhileTheCityLoadsAndSaysItMayBePartial() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/people/YP1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("socialcare:socialcare".getBytes()))
                .header("X-Purpose", "Automated test").build();

        loading.progress = writing(42);
        HttpResponse<String> partial = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.headers().firstValue("ContextMap-Loading")).hasValue(
                "42%; the demo city of Ashbury is still loading, results may be partial");

        loading.progress = new DataLoading.Progress(DataLoading.State.LOADED, "the demo city of Ashbury", "done", 100);
        HttpResponse<String> whole = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("ContextMap-Loading")).isEmpty();
    }
}
