package org.contextmap.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.contextmap.account.AccountService;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertService;
import org.contextmap.alert.Decision;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.Role;
import org.contextmap.support.Browser;
import org.contextmap.support.DemoCityBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A child's record in headless Chromium on a small demo city: an alert decided from the record,
 * with a reason, and the decision shown and recorded against the signed-in person; and a school's
 * safeguarding lead who types the address of another school's pupil's record or network is told
 * it is not open to their role, with no name of that child on the page.
 */
class RecordScreensBrowserTest extends DemoCityBrowserTest {

    static final String SCHOOL_USER = "onelead";
    static final String SCHOOL_PASSWORD = "one school lead 2026";

    @Autowired
    AlertService alerts;

    @Autowired
    AccountService accounts;



    @Test
    void anAlertIsDecidedFromTheRecordWithAReasonAndTheDecisionIsRecorded() {
        Alert open = alerts.alerts(null, new AlertService.Filter(null, null, null, null, false)).getFirst();
        Browser.signIn(browser, port, "socialcare");
        browser.get("http://localhost:" + port + "/people/" + open.personId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-alerts-grid")));
        assertThat(browser.findElement(By.id("record-risk")).getText()).contains("Retaliation risk");

        var decide = browser.findElement(By.cssSelector("#record-alerts-grid vaadin-button.cm-decide"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", decide);
        wait.until(ExpectedConditions.elementToBeClickable(decide)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-save"))).click();
        // nothing chosen and no reason: the dialog says what is missing and records nothing
        wait.until(ExpectedConditions.attributeToBe(By.id("decision-reason"), "invalid", "true"));
        browser.findElement(By.cssSelector("#decision-outcome vaadin-radio-button")).click();
        browser.findElement(By.cssSelector("#decision-reason textarea")).sendKeys("Discussed with the family today.");
        browser.findElement(By.id("decision-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-alerts-grid"),
                "Discussed with the family today."));

        Alert after = alerts.alerts(null, new AlertService.Filter(null, open.personId(), null, null, true)).stream()
                .filter(a -> a.decision() != null && a.decision().reason().equals("Discussed with the family today."))
                .findFirst().orElseThrow();
        assertThat(after.decision().decidedBy()).isEqualTo("socialcare");
        assertThat(after.decision().outcome()).isEqualTo(Decision.Outcome.ACKNOWLEDGED);
    }

    @Test
    void aSchoolLeadCannotOpenAnotherSchoolsPupilByTypingTheAddress() {
        Map<String, Object> pair = neo4j.query("""
                MATCH (mine:YoungPerson)-[:ATTENDS]->(s:Location)
                MATCH (other:YoungPerson)-[:ATTENDS]->(t:Location) WHERE t <> s
                RETURN s.id AS school, mine.id AS mine, other.id AS other, other.name AS otherName
                ORDER BY school, mine, other LIMIT 1""").fetch().one().orElseThrow();
        try {
            accounts.create(new AccountService.UserRequest(SCHOOL_USER, "One school's safeguarding lead", SCHOOL_PASSWORD,
                    EnumSet.of(Role.EDUCATION), Set.of((String) pair.get("school")), true));
        } catch (BadRequestException alreadyThere) {
            // made by an earlier run in this context
        }
        Browser.signIn(browser, port, SCHOOL_USER, SCHOOL_PASSWORD);
        browser.get("http://localhost:" + port + "/people/" + pair.get("mine"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-name")));

        browser.get("http://localhost:" + port + "/people/" + pair.get("other"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-open")));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .doesNotContain((String) pair.get("otherName"), "Exception", "at org.");

        browser.get("http://localhost:" + port + "/network?person=" + pair.get("other"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-heading"), "not open to your role"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .doesNotContain((String) pair.get("otherName"), "Exception", "at org.");
    }
}
