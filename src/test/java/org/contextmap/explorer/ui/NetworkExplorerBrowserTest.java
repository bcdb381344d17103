package org.contextmap.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import org.contextmap.support.Browser;
import org.contextmap.support.DemoCityBrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network explorer in headless Chromium on a small demo city: the city aggregated into
 * groups, a child's ego network drawn (counted from the element's {@code data-nodes} and a
 * screenshot that is not blank), the time slider moved back a year drawing fewer ties, and a node
 * clicked to open the child's record.
 */
class NetworkExplorerBrowserTest extends DemoCityBrowserTest {


    @BeforeEach
    void signIn() {
        Browser.signIn(browser, port, "socialcare");
    }

    /** The young person with most ties of whom some were recorded in the last year. */
    private String busiestChild() {
        return neo4j.query("""
                MATCH (p:YoungPerson)-[k:KNOWS]-()
                WITH p, count(k) AS ties, sum(CASE WHEN k.since > $yearAgo THEN 1 ELSE 0 END) AS recent
                WHERE recent > 0
                RETURN p.id AS id ORDER BY recent DESC, ties DESC, id LIMIT 1""")
                .bindAll(Map.of("yearAgo", LocalDate.now().minusYears(1))).fetchAs(String.class).one().orElseThrow();
    }

    private WebElement drawn() {
        wait.until(ExpectedConditions.attributeToBe(By.id("network-canvas"), "data-state", "drawn"));
        return browser.findElement(By.id("network-canvas"));
    }

    @Test
    void theWholeCityIsDrawnAsPeerGroups() {
        browser.get("http://localhost:" + port + "/network");
        WebElement canvas = drawn();
        assertThat(Integer.parseInt(canvas.getDomAttribute("data-nodes"))).isGreaterThan(1);
        assertThat(browser.findElement(By.id("network-heading")).getText()).contains("by peer group");
    }

    @Test
    void aChildsNetworkIsDrawnTheSliderDrawsFewerTiesAndANodeOpensARecord() throws IOException {
        String child = busiestChild();
        browser.get("http://localhost:" + port + "/network?person=" + child + "&hops=2");
        WebElement canvas = drawn();
        int nodes = Integer.parseInt(canvas.getDomAttribute("data-nodes"));
        int edges = Integer.parseInt(canvas.getDomAttribute("data-edges"));
        assertThat(nodes).isGreaterThan(3);
        assertThat(edges).isGreaterThan(2);
        byte[] picture = canvas.getScreenshotAs(OutputType.BYTES);
        assertThat(distinctColours(picture)).as("the picture is not blank").isGreaterThan(8);
        keep("network-explorer.png");

        // a year back: ties recorded since then are not drawn
        WebElement slider = browser.findElement(By.cssSelector("#time-slider"));
        ((JavascriptExecutor) browser).executeScript("""
                arguments[0].value = String(arguments[1]);
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""", slider, TimeSlider.DAYS - 365);
        wait.until(ExpectedConditions.urlContains("asOf=" + LocalDate.now().minusDays(365)));
        wait.until(driver -> Integer.parseInt(driver.findElement(By.id("network-canvas")).getDomAttribute("data-edges")) < edges);
        assertThat(browser.findElement(By.id("time-slider-day")).getText()).contains(String.valueOf(LocalDate.now().minusDays(365).getYear()));

        // select the child at the centre on the picture, then open their record from the side panel
        browser.get("http://localhost:" + port + "/network?person=" + child + "&hops=1");
        drawn();
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('network-canvas').scrollIntoView({block: 'center'});");
        // the young person standing most apart on the picture, so that the click is theirs alone
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const element = document.getElementById('network-canvas');
                const box = element.getBoundingClientRect();
                const nodes = element.cy.nodes();
                let best = null, apart = -1;
                nodes.filter(n => n.data('kind') === 'person').forEach(n => {
                  const p = n.renderedPosition();
                  if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) return;
                  let nearest = Infinity;
                  nodes.forEach(m => { if (m !== n) { const q = m.renderedPosition();
                    nearest = Math.min(nearest, Math.hypot(p.x - q.x, p.y - q.y)); } });
                  if (nearest > apart) { apart = nearest; best = {id: n.id(), x: p.x, y: p.y}; }
                });
                return {id: best.id, x: box.left + best.x, y: box.top + best.y};""");
        new Actions(browser).moveToLocation((int) Math.round(((Number) at.get("x")).doubleValue()),
                (int) Math.round(((Number) at.get("y")).doubleValue())).click().perform();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(ExpectedConditions.elementToBeClickable(By.id("open-record")));
        } catch (org.openqa.selenium.TimeoutException clickMissed) {
            // a pointer click on the canvas does not always reach cytoscape in headless Chromium: raise the
            // same tap cytoscape raises for a click on that node
            ((JavascriptExecutor) browser).executeScript(
                    "document.getElementById('network-canvas').cy.getElementById(arguments[0]).emit('tap');", at.get("id"));
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-record"))).click();
        wait.until(ExpectedConditions.urlContains("/people/" + at.get("id")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-name")));
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("/network?person=" + child));
        drawn();
        assertThat(browser.findElement(By.id("global-search")).isDisplayed()).isTrue();
        browser.findElement(By.cssSelector("#global-search input")).sendKeys(child, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/people/" + child)); // one match opens at once
    }

    private void keep(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static long distinctColours(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
