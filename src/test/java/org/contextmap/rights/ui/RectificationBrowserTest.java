package org.contextmap.rights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.contextmap.support.Browser;
import org.contextmap.support.DemoCityBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A social worker disputes a child's tie from the record in headless Chromium, on the small demo
 * city (the same application context as the other record screens' tests): the form says what is
 * missing before anything is written, then the record marks the tie "Disputed" with the note, and
 * lists the dispute with who raised it and why; then the young person, who told of the tie,
 * withdraws it, and it stays on the record struck through.
 */
class RectificationBrowserTest extends DemoCityBrowserTest {

    private static final String REASON = "His mother says they only share a bus to school.";
    private static final String WITHDRAWN = "They fell out in the summer; not friends any more.";

    @Test
    void aSocialWorkerDisputesATieAndTheRecordMarksIt() throws Exception {
        String child = neo4j.query("""
                MATCH (p:YoungPerson)-[:KNOWS {source: 'YOUNG_PERSON'}]-(:YoungPerson)
                WHERE NOT EXISTS { (:Rectification)-[:RECTIFIES]->(p) }
                RETURN p.id ORDER BY p.id LIMIT 1""").fetchAs(String.class).one().orElseThrow();
        Browser.signIn(browser, port, "socialcare");
        browser.get("http://localhost:" + port + "/people/" + child);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-rectifications")));
        assertThat(browser.findElement(By.id("record-rectifications")).getText())
                .contains("Disputes, corrections and withdrawals", "still counted in the network");

        click(browser.findElement(By.id("rectify")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rectify-save"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rectify-problem"),
                "Choose the fact that is disputed or withdrawn."));

        String tie = pickTheTieTheYoungPersonToldOf();
        assertThat(tie).matches("(Friend|Sibling|Family|Partner|Co-offender|Associate) of .+ \\(The young person, .+\\)");
        browser.findElement(By.cssSelector("#rectify-reason textarea")).sendKeys(REASON);
        screenshot("rectification-dialog");
        browser.findElement(By.id("rectify-save")).click();

        // the page is drawn again with the dispute on it
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rectification-notes"), REASON));
        String notes = browser.findElement(By.id("rectification-notes")).getText();
        assertThat(notes).contains("Disputed", tie, "Disputed by Children's social care on ", "entered by socialcare");
        WebElement relationships = browser.findElement(By.id("relationships-grid"));
        scroll(relationships);
        wait.until(ExpectedConditions.textToBePresentInElement(relationships, "Disputed by Children's social care"));
        assertThat(relationships.getText()).contains("Disputed", REASON);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at org.");
        screenshot("rectification-on-record");
        scroll(browser.findElement(By.id("record-rectifications")));
        screenshot("rectification-section");

        // the young person, who told of the tie, withdraws it: it stays, struck through
        click(browser.findElement(By.id("rectify")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rectify-save")));
        assertThat(pickTheTieTheYoungPersonToldOf()).isEqualTo(tie);
        browser.findElements(By.cssSelector("#rectify-status vaadin-radio-button")).get(1).click();
        browser.findElements(By.cssSelector("#rectify-raised-by vaadin-radio-button")).stream()
                .filter(b -> b.getText().startsWith("The young person")).findFirst().orElseThrow().click();
        browser.findElement(By.cssSelector("#rectify-reason textarea")).sendKeys(WITHDRAWN);
        browser.findElement(By.id("rectify-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rectification-notes"), WITHDRAWN));
        relationships = browser.findElement(By.id("relationships-grid"));
        scroll(relationships);
        wait.until(ExpectedConditions.textToBePresentInElement(relationships, "Withdrawn by The young person"));
        assertThat(relationships.findElements(By.cssSelector("a.cm-withdrawn"))).hasSize(1);
        screenshot("rectification-withdrawn");
    }

    /** Opens the list of facts and picks the tie the young person told of; its words. */
    private String pickTheTieTheYoungPersonToldOf() {
        browser.findElement(By.id("rectify-fact")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select-item")));
        WebElement item = browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().contains("(The young person, ")).findFirst().orElseThrow();
        String words = item.getText().strip();
        item.click();
        return words;
    }
}
