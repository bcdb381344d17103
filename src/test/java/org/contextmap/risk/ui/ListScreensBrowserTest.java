package org.contextmap.risk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.contextmap.explorer.GroupActivity;
import org.contextmap.risk.RankingFilter;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.contextmap.risk.TensionTrends;
import org.contextmap.support.Browser;
import org.contextmap.support.DemoCityBrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lists of issue #16 in headless Chromium at 1280×800 on a small demo city: the risk list
 * opened from a shared address with a band and a home area, showing only those young people and
 * the filters' names; the alerts list with the age of each alert; a peer group's page with its
 * tension chart and its associates' incidents. Each screen is kept in {@code target/screenshots}.
 */
class ListScreensBrowserTest extends DemoCityBrowserTest {

    @Autowired
    RiskService risk;

    @Autowired
    TensionTrends trends;

    @Autowired
    GroupActivity activity;


    @BeforeEach
    void signIn() {
        browser.manage().window().setSize(new Dimension(1280, 800));
        Browser.signIn(browser, port, "socialcare");
    }

    @Test
    void theRiskListOpensFilteredFromItsAddress() throws IOException {
        RiskReports.RankedPerson top = risk.ranking(null, 0, 1, "test", "test").ranked().getFirst();
        Map<String, Object> area = neo4j.query("""
                MATCH (p:YoungPerson {id: $id}) OPTIONAL MATCH (h:Location {id: p.homeArea})
                RETURN p.homeArea AS id, coalesce(h.name, p.homeArea) AS name""")
                .bind(top.personId()).to("id").fetch().one().orElseThrow();
        int expected = risk.ranking(null, new RankingFilter(top.band(), (String) area.get("id"), null, null), 0, 50,
                "test", "test").total();

        browser.get("http://localhost:" + port + "/risk?band=" + top.band() + "&area=" + area.get("id"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("risk-summary"), "match these filters"));
        assertThat(browser.findElement(By.id("risk-summary")).getText()).startsWith(expected + " young people");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("risk-grid"), top.name()));
        assertThat(browser.findElement(By.id("risk-area")).getText() + browser.findElement(By.id("risk-area"))
                .getDomProperty("innerText")).contains((String) area.get("name"));
        assertThat(browser.findElement(By.id("risk-band")).getText()).contains(top.bandLabel());
        assertThat(browser.getCurrentUrl()).contains("area=" + area.get("id"));
        keep("risk-filtered.png");
    }

    @Test
    void theAlertsListShowsEachAlertsAge() throws IOException {
        browser.get("http://localhost:" + port + "/alerts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts-count"), "alert"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts-grid"), "Age"));
        assertThat(browser.findElement(By.id("alerts-grid")).getText()).containsPattern("\\d+ (days?|weeks|months)|today");
        keep("alerts.png");
    }

    @Test
    void aGroupsPageShowsItsTensionChartAndItsAssociatesIncidents() throws IOException {
        String group = neo4j.query("MATCH (g:PeerGroup) RETURN g.id AS id ORDER BY id").fetchAs(String.class).all()
                .stream().filter(id -> !trends.of(id, 12).lines().isEmpty())
                .filter(id -> !activity.of(id, 12).incidents().isEmpty()).findFirst().orElseThrow();
        browser.get("http://localhost:" + port + "/groups/" + group);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-name")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg#group-tension-chart polyline")));
        assertThat(browser.findElement(By.id("group-tension-values")).getText()).contains(
                trends.of(group, 12).lines().getFirst().name());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-incidents")));
        assertThat(browser.findElement(By.id("group-incidents")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("group-places"))).hasSize(1);
        keep("group-page.png");
        browser.executeScript("document.getElementById('group-tension-trend').scrollIntoView({block: 'start'});");
        keep("group-page-chart.png");
        browser.executeScript("document.getElementById('group-incidents').scrollIntoView({block: 'start'});");
        keep("group-page-incidents.png");
        browser.executeScript("document.getElementById('group-places').scrollIntoView({block: 'start'});");
        keep("group-page-places.png");
    }

    private void keep(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
