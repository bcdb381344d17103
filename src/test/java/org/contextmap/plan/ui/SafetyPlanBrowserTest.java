package org.contextmap.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.contextmap.support.Browser;
import org.contextmap.support.DemoCityBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A youth justice worker writes a safety plan from a child's record in headless Chromium: the
 * editor suggests an associate of a rival group, which they add; they give one action to
 * themselves, due last month; the plan is saved as version 1, and the action is in the tracker,
 * theirs, overdue in working days.
 */
class SafetyPlanBrowserTest extends DemoCityBrowserTest {

    private static final String ACTION = "Walk to school with a youth worker for two weeks";

    @Test
    void aPlanWrittenFromTheRecordPutsItsActionInTheTracker() throws Exception {
        String child = neo4j.query("""
                MATCH (p:YoungPerson)-[:ASSOCIATED_WITH]->(:PeerGroup)-[:IN_CONFLICT_WITH]-(:PeerGroup)
                      <-[:ASSOCIATED_WITH]-(:YoungPerson)
                WHERE EXISTS { (p)-[:ATTENDS]->(:Location) } AND NOT EXISTS { MATCH (s:SafetyPlan) WHERE s.subjectId = p.id }
                RETURN p.id ORDER BY p.id LIMIT 1""").fetchAs(String.class).one().orElseThrow();
        Browser.signIn(browser, port, "youthjustice");
        browser.get("http://localhost:" + port + "/people/" + child);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-plans")));
        assertThat(browser.findElement(By.id("record-plans")).getText()).contains("No safety plan recorded.");
        click(browser.findElement(By.id("write-plan")));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-suggestions")));
        WebElement suggestions = browser.findElement(By.id("plan-suggestions"));
        assertThat(suggestions.getText()).contains("a group in conflict with");
        WebElement rival = suggestions.findElements(By.cssSelector("li")).stream()
                .filter(li -> li.getText().contains("a group in conflict with")).findFirst().orElseThrow();
        String rivalId = rival.getDomAttribute("data-id");
        click(rival.findElement(By.tagName("vaadin-button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cm-avoid-row[data-id='" + rivalId
                + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-sketch cm-network")));

        type(browser.findElement(By.cssSelector("#plan-summary input")), "Keep them safe on the way to school");
        WebElement row = browser.findElement(By.cssSelector(".cm-action-row"));
        type(row.findElements(By.cssSelector("vaadin-text-field input")).get(0), ACTION);
        WebElement owner = row.findElement(By.cssSelector("vaadin-combo-box input"));
        type(owner, "Youth justice");
        owner.sendKeys(Keys.ENTER);
        type(row.findElements(By.cssSelector("vaadin-text-field input")).get(1), "youthjustice");
        WebElement due = row.findElement(By.cssSelector("vaadin-date-picker input"));
        type(due, "11/11/2026");
        due.sendKeys(Keys.ENTER);
        type(browser.findElement(By.cssSelector("#plan-young-person textarea")), "I want to walk with my cousin.");
        screenshot("plan-editor");
        click(browser.findElement(By.id("plan-save")));

        try {
            wait.until(ExpectedConditions.attributeContains(By.id("plan-status"), "textContent", "Version 1, saved "
                    + "by youthjustice"));
        } catch (RuntimeException notSaved) {
            screenshot("plan-not-saved");
            throw notSaved;
        }
        assertThat(browser.getCurrentUrl()).contains("/plans/people/" + child + "/");
        screenshot("plan-saved");

        browser.get("http://localhost:" + port + "/actions");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions-grid"), ACTION));
        WebElement grid = browser.findElement(By.id("actions-grid"));
        assertThat(grid.getText()).contains("Yours", "Youth justice (youthjustice)", "Overdue by ");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at org.");
        screenshot("action-tracker");
    }

    private void type(WebElement input, String text) {
        scroll(input);
        input.click();
        input.sendKeys(text);
    }
}
