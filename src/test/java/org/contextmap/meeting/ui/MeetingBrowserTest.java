package org.contextmap.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.contextmap.support.Browser;
import org.contextmap.support.DemoCityBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A police officer prepares a violence-reduction meeting for a home area of the demo city in
 * headless Chromium: the agenda comes from the records, the pack can be downloaded, and an action
 * agreed at it lands on the area's context plan and in the tracker.
 */
class MeetingBrowserTest extends DemoCityBrowserTest {

    private static final String ACTION = "Joint patrol with youth workers at the station after school";

    @Test
    void aMeetingsAgendaAndAnActionAgreedAtIt() throws Exception {
        Browser.signIn(browser, port, "police");
        browser.get("http://localhost:" + port + "/meetings");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("meeting-area"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select-item")));
        WebElement first = browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> !i.getText().contains("whole city")).findFirst().orElseThrow();
        String area = first.getText().strip();
        first.click();
        wait.until(driver -> driver.findElement(By.id("meeting-area")).getText().contains(area));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("meeting-create"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        String agenda = browser.findElement(By.id("agenda")).getText();
        assertThat(agenda).contains("1. Hotspots", "2. Group tensions", "3. New serious incidents",
                "4. Young people at highest risk of harm", "5. Open practice alerts", "7. Actions by agency");
        assertThat(browser.findElement(By.id("meeting-pack")).getDomAttribute("href")).isNotBlank();
        screenshot("meeting-agenda");

        WebElement action = browser.findElement(By.cssSelector("#meeting-action input"));
        scroll(action);
        action.sendKeys(ACTION);
        WebElement owner = browser.findElement(By.cssSelector("#meeting-owner input"));
        owner.sendKeys("Police");
        owner.sendKeys(Keys.ENTER);
        WebElement due = browser.findElement(By.cssSelector("#meeting-due input"));
        due.sendKeys("1/1/2027");
        due.sendKeys(Keys.ENTER);
        browser.findElement(By.id("meeting-record")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-recorded")));
        assertThat(browser.findElement(By.id("meeting-recorded")).getText()).contains(ACTION,
                "on the plan for Place: " + area);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at org.");
        screenshot("meeting-recorded");

        browser.get("http://localhost:" + port + "/actions");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions-grid"), ACTION));
    }
}
