package org.contextmap.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.contextmap.base.DataLoading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The screens in headless Chromium on a small demo city (400 young people) served on a random
 * port. Every browser test of the screens extends it, so that they share one application and one
 * city (Spring caches the context by its settings), and each test starts with a fresh browser once
 * the city has finished loading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"contextmap.store-temporary=true", "contextmap.demo=true", "contextmap.demo-people=400"})
public abstract class DemoCityBrowserTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected DataLoading loading;

    @Autowired
    protected Neo4jClient neo4j;

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowserOnceTheCityIsLoaded() throws Exception {
        var until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (loading.progress().loading() && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Scrolls an element to the middle of the window and clicks it once it can be clicked. */
    protected void click(WebElement element) {
        scroll(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected void scroll(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** The window as {@code target/screenshots/{name}.png}, to look at. */
    protected void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.out.println("No screenshot " + name + ": " + e);
        }
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
