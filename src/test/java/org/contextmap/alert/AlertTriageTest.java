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
    void andOnFriendsOncePerIncidentAndOnTheOtherAssociatesOfBothGroupsOncePerPair() {
        LocalDate since = LocalDate.of(2025, 1, 1);
        CaseBook book = new CaseBook().person(child("V", "Vic")).person(child("S", "Sid")).person(child("F", "Fay"))
                .person(child("A", "Ann")).person(child("R", "Raf")).person(child("N", "Nia"))
                .group("G1", "Northgate").group("G2", "Millfield").group("G3", "Eastside")
                .association("V", "G1", since).association("A", "G1", since).association("F", "G1", since)
                .association("S", "G2", since).association("R", "G2", since).association("N", "G3", since)
                .conflict("G1", "G2", LocalDate.of(2025, 6, 1)).friends("V", "F")
                .incident(incident("I1", FRIDAY, IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE,
                        Agency.POLICE), Map.of("V", Role.VICTIM, "S", Role.SUSPECT))
                .incident(incident("I2", FRIDAY.plusDays(3), IncidentType.ASSAULT, Severity.SERIOUS, Weapon.NONE,
                        Agency.POLICE), Map.of("S", Role.VICTIM, "V", Role.SUSPECT));

        List<Alert> raised = alerts(book, FRIDAY.plusDays(10), AlertCode.RETALIATION_WINDOW);
        assertThat(raised).filteredOn(a -> a.personId().equals("F")).as("a friend: once per incident")
                .hasSize(2).allSatisfy(a -> assertThat(a.reason()).contains("Fay's friend Vic"));
        assertThat(raised).filteredOn(a -> a.personId().equals("A")).as("another associate: once for the pair")
                .singleElement().satisfies(a -> {
                    assertThat(a.reason()).contains("Ann is associated with Northgate, recorded as in conflict with "
                            + "Millfield: 2 serious incidents");
                    assertThat(a.facts()).extracting(Fact::id).containsExactly("I1", "I2");
                });
        assertThat(raised).filteredOn(a -> a.personId().equals("R")).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("Raf is associated with Millfield"));
        assertThat(raised).extracting(Alert::personId).as("not a group outside the conflict").doesNotContain("N");
        assertThat(raised).filteredOn(a -> a.personId().equals("V")).as("the parties: once per own incident")
                .hasSize(2);
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
