package org.contextmap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by its ChromeDriver (STACK.md: the only browser these
 * machines can run). Where Chromium is missing the browser tests are skipped, except under CI
 * ({@code CI} set), where that is a failure.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium and ChromeDriver are not installed; browser tests skipped");
        Path profile = Files.createTempDirectory("contextmap-chromium");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(profile)));
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(1));
        return driver;
    }

    /**
     * Signs in on the login page as a demo account (user name = password) and gives a purpose, as
     * a person does once per sign-in; the browser is then on the start page.
     */
    public static void signIn(WebDriver browser, int port, String username) {
        signIn(browser, port, username, username);
    }

    /** Signs in with a password of its own (an account a test made) and gives a purpose. */
    public static void signIn(WebDriver browser, int port, String username, String password) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")));
        browser.findElement(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("purpose-choice")));
        browser.findElement(By.cssSelector("#purpose-choice vaadin-radio-button")).click();
        browser.findElement(By.id("purpose-continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    /** Chromium's profile folder, once the test JVM ends: it is hundreds of files per test class. */
    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temporary folder is not worth failing a test run for
        }
    }
}
