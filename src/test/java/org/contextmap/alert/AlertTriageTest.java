package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.alert.Cases.alerts;
import static org.contextmap.alert.Cases.assault;
import static org.contextmap.alert.Cases.child;
import static org.contextmap.alert.Cases.incident;
import static org.contextmap.alert.Cases.victim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.SocialCareStatus;
import org.junit.jupiter.api.Test;

/**
 * Alerts a team can work through: a priority from what the alert is about, lowered to routine once
 * it is old; one line per child; no lead professional raised on its own trigger, not on the other
 * alerts; the retaliation window on the brothers and sisters of the children in the incident.
 */
class AlertTriageTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

    /** A stabbing with no strategy discussion: urgent while current, routine once it is history. */
    @Test
    void seriousHarmWithNoStrategyDiscussionIsUrgentThenRoutine() {
        CaseBook book = new CaseBook().person(child("A", "Amira")).incident(incident("I1", FRIDAY,
                IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE, Agency.POLICE), victim("A"));

        assertThat(alerts(book, FRIDAY.plusDays(10), AlertCode.STRATEGY_DISCUSSION_DUE)).singleElement()
                .satisfies(a -> assertThat(a.priority()).isEqualTo(AlertPriority.URGENT));
        assertThat(alerts(book, FRIDAY.plusDays(200), AlertCode.STRATEGY_DISCUSSION_DUE)).singleElement()
                .satisfies(a -> assertThat(a.priority()).isEqualTo(AlertPriority.ROUTINE));
        assertThat(AlertCode.EDUCATION_EXCLUSION_RISK.priority()).isEqualTo(AlertPriority.ROUTINE);
        assertThat(AlertCode.RETALIATION_WINDOW.priority()).isEqualTo(AlertPriority.HIGH);
    }

    @Test
    void noLeadProfessionalCitesItsOwnTriggerNotTheOtherAlerts() {
        CaseBook book = new CaseBook().person(child("A", "Amira", null, List.of(), SocialCareStatus.NONE, null))
                .incident(incident("I1", FRIDAY, IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE,
                        Agency.POLICE), victim("A"));

        List<Alert> all = PracticeRules.evaluate(book, FRIDAY.plusDays(10), AlertSettings.DEFAULTS);
        assertThat(all).extracting(Alert::code).contains(AlertCode.STRATEGY_DISCUSSION_DUE,
                AlertCode.NO_LEAD_PROFESSIONAL);
        Alert noLead = all.stream().filter(a -> a.code() == AlertCode.NO_LEAD_PROFESSIONAL).findFirst().orElseThrow();
        assertThat(noLead.reason()).contains("1 incident(s) in the last 90 days").doesNotContain("alert:");
        assertThat(noLead.facts()).extracting(Fact::id).containsExactly("I1");
    }

    @Test
    void theRetaliationWindowOpensOnTheBrothersAndSistersToo() {
        CaseBook book = new CaseBook().person(child("V", "Vic", "F1", List.of(), SocialCareStatus.CHILD_IN_NEED, "Sam"))
                .person(child("B", "Ben", "F1", List.of(), SocialCareStatus.CHILD_IN_NEED, "Sam"))
                .person(child("S", "Sid")).person(child("T", "Tia")).siblings("S", "T")
                .person(child("X", "Xan"))
                .group("G1", "Northgate").group("G2", "Millfield")
                .association("V", "G1", LocalDate.of(2025, 1, 1)).association("S", "G2", LocalDate.of(2025, 1, 1))
                .conflict("G1", "G2", LocalDate.of(2025, 6, 1))
                .incident(incident("I1", FRIDAY, IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE,
                        Agency.POLICE), Map.of("V", Role.VICTIM, "S", Role.SUSPECT));

        List<Alert> raised = alerts(book, FRIDAY.plusDays(10), AlertCode.RETALIATION_WINDOW);
        assertThat(raised).extracting(Alert::personId).containsExactlyInAnyOrder("V", "S", "B", "T");
        assertThat(raised).filteredOn(a -> a.personId().equals("B")).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("Ben's sibling Vic was harmed", "Northgate"));
        assertThat(raised).filteredOn(a -> a.personId().equals("T")).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("Tia's sibling Sid is a suspect"));
        assertThat(alerts(book, FRIDAY.plusDays(91), AlertCode.RETALIATION_WINDOW)).isEmpty();
    }

    @Test
    void aChildsAlertsAreOneLineOfTheWorkListMostPressingFirst() {
        CaseBook book = new CaseBook().person(child("A", "Amira", null, List.of(), SocialCareStatus.NONE, null))
                .person(child("C", "Cal", null, List.of(), SocialCareStatus.NONE, null))
                .incident(incident("I1", FRIDAY, IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE,
                        Agency.POLICE), victim("A"))
                .incident(assault("I2", FRIDAY.plusDays(5), Severity.MODERATE), victim("C"));

        List<AlertCase> cases = AlertCase.of(PracticeRules.evaluate(book, FRIDAY.plusDays(10),
                AlertSettings.DEFAULTS));
        assertThat(cases).extracting(AlertCase::personId).containsExactly("A", "C");
        assertThat(cases.getFirst().priority()).isEqualTo(AlertPriority.URGENT);
        assertThat(cases.getFirst().codes()).startsWith(AlertCode.STRATEGY_DISCUSSION_DUE)
                .contains(AlertCode.NO_LEAD_PROFESSIONAL).doesNotHaveDuplicates();
        assertThat(cases.getFirst().alerts()).isEqualTo(cases.getFirst().alertIds().size());
        assertThat(cases.get(1).priority()).isEqualTo(AlertPriority.HIGH);
    }
}
