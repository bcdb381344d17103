package org.contextmap.person.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first screens in a real browser: find a child in the list, open their record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"contextmap.store-temporary=true", "contextmap.demo=false"})
class PeopleScreensBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws Exception {
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchTheListAndOpenAYoungPersonsRecord() {
        browser.get("http://localhost:" + port + "/");
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
}
