package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.alert.Cases.alerts;
import static org.contextmap.alert.Cases.child;

import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferralOutcome;
import org.junit.jupiter.api.Test;

/**
 * LEVEL4_NFA_ESCALATION on small case books: a referral at the highest threshold level closed with
 * no further action raises it (Herefordshire CSPR, learning point 4); a lower level, another
 * outcome, a level with no number, or a day before the decision does not.
 */
class EscalationRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 4);
    private static final LocalDate CLOSED = LocalDate.of(2026, 9, 10);

    private static CaseBook book(String level, ReferralOutcome outcome) {
        return new CaseBook().person(child("A", "Amira")).referral(new Referral("R3", "A", RECEIVED, Agency.HEALTH,
                level, outcome, CLOSED, CLOSED));
    }

    @Test
    void aHighestLevelReferralClosedWithNoFurtherActionAsksTheReferrerToEscalate() {
        assertThat(alerts(book("Level 4", ReferralOutcome.NFA), CLOSED.plusDays(1), AlertCode.LEVEL4_NFA_ESCALATION))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.raisedOn()).isEqualTo(CLOSED);
                    assertThat(alert.priority()).isEqualTo(AlertPriority.HIGH);
                    assertThat(alert.reason()).isEqualTo("A referral about Amira from Health at Level 4, the highest "
                            + "threshold level, received on 4 September 2026, was closed with no further action on "
                            + "10 September 2026.");
                    assertThat(alert.facts()).extracting(Fact::id).containsExactly("R3");
                    assertThat(alert.suggestedAction()).contains("escalation (professional differences) policy");
                });
    }

    @Test
    void notForALowerLevelAnotherOutcomeALevelWithoutANumberOrBeforeTheDecision() {
        assertThat(alerts(book("Level 3", ReferralOutcome.NFA), CLOSED.plusDays(1), AlertCode.LEVEL4_NFA_ESCALATION))
                .isEmpty();
        assertThat(alerts(book("Level 4", ReferralOutcome.ASSESSMENT), CLOSED.plusDays(1),
                AlertCode.LEVEL4_NFA_ESCALATION)).isEmpty();
        assertThat(alerts(book("Child protection", ReferralOutcome.NFA), CLOSED.plusDays(1),
                AlertCode.LEVEL4_NFA_ESCALATION)).isEmpty();
        assertThat(alerts(book("Level 4", ReferralOutcome.NFA), CLOSED.minusDays(1), AlertCode.LEVEL4_NFA_ESCALATION))
                .isEmpty();
    }

    @Test
    void theHighestLevelIsASettingAndALevelIsReadFromItsNumber() {
        AlertSettings fiveLevels = new AlertSettings(null, null, null, null, null, null, null, null, null, null, null,
                null, null, 5, null, null, null, null);
        assertThat(PracticeRules.evaluate(book("Level 4", ReferralOutcome.NFA), CLOSED.plusDays(1), fiveLevels))
                .noneMatch(a -> a.code() == AlertCode.LEVEL4_NFA_ESCALATION);
        assertThat(HighestLevelClosedWithoutAction.level("L4")).hasValue(4);
        assertThat(HighestLevelClosedWithoutAction.level("Tier 2 (early help)")).hasValue(2);
        assertThat(HighestLevelClosedWithoutAction.level("Universal")).isEmpty();
    }
}
