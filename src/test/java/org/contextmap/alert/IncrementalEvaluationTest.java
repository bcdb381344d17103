package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.alert.Cases.assault;
import static org.contextmap.alert.Cases.child;
import static org.contextmap.alert.Cases.victim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.person.SocialCareStatus;
import org.junit.jupiter.api.Test;

/** Re-evaluating only the people an import touched gives what evaluating everyone would. */
class IncrementalEvaluationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void theAffectedPeopleAreTheTouchedTheirFamilyAndTheOthersInTheirIncidents() {
        CaseBook book = city().incident(assault("I9", LocalDate.of(2026, 5, 1), Severity.SERIOUS),
                Map.of("A", Role.VICTIM, "C", Role.SUSPECT));

        assertThat(AlertService.affected(city(), book, Set.of("A"))).containsExactlyInAnyOrder("A", "B", "C");
    }

    @Test
    void reevaluatingTheAffectedEqualsEvaluatingEveryone() {
        CaseBook before = city();
        List<Alert> old = PracticeRules.evaluate(before, DAY, AlertSettings.DEFAULTS);

        CaseBook after = city().incident(assault("I9", LocalDate.of(2026, 5, 1), Severity.SERIOUS),
                Map.of("A", Role.VICTIM, "C", Role.SUSPECT));
        List<Alert> incremental = AlertService.reevaluate(after, DAY, old,
                AlertService.affected(before, after, Set.of("A", "C")), AlertSettings.DEFAULTS);

        assertThat(incremental).containsExactlyInAnyOrderElementsOf(
                PracticeRules.evaluate(after, DAY, AlertSettings.DEFAULTS));
        assertThat(incremental).hasSizeGreaterThan(old.size());
    }

    @Test
    void replacingTheAffectedPeoplesFactsGivesTheBookReadWhole() {
        CaseBook after = city().incident(assault("I9", LocalDate.of(2026, 5, 1), Severity.SERIOUS),
                Map.of("A", Role.VICTIM, "C", Role.SUSPECT)).siblings("C", "D");
        Set<String> affected = AlertService.affected(city(), after, Set.of("A", "C"));
        CaseBook patched = city().replace(affected, after);

        assertThat(PracticeRules.evaluate(patched, DAY, AlertSettings.DEFAULTS))
                .containsExactlyInAnyOrderElementsOf(PracticeRules.evaluate(after, DAY, AlertSettings.DEFAULTS));
        for (String id : List.of("A", "B", "C", "D")) {
            assertThat(patched.incidents(id, DAY)).as(id).isEqualTo(after.incidents(id, DAY));
            assertThat(patched.recordedSiblings(id)).as(id).containsExactlyInAnyOrderElementsOf(
                    after.recordedSiblings(id));
            assertThat(patched.familyMembers(id)).as(id).containsExactlyInAnyOrderElementsOf(after.familyMembers(id));
        }
    }

    @Test
    void twoPartsReadAtOnceAndAbsorbedGiveTheBookReadWhole() {
        CaseBook whole = city().siblings("C", "D").association("C", "G1", null).group("G1", "Northside")
                .conflict("G1", "G2", null);
        CaseBook peopleAndTies = new CaseBook()
                .person(child("A", "Amira", "F1", List.of(), SocialCareStatus.NONE, null))
                .person(child("B", "Yusuf", "F1", List.of(), SocialCareStatus.NONE, null))
                .person(child("C", "Kai", "F2", List.of("CCE"), SocialCareStatus.NONE, null))
                .person(child("D", "Dee", "F3", List.of(), SocialCareStatus.NONE, null))
                .siblings("C", "D").association("C", "G1", null).group("G1", "Northside").conflict("G1", "G2", null);
        CaseBook harm = new CaseBook().incident(assault("I1", LocalDate.of(2026, 1, 5), Severity.SERIOUS), victim("A"));

        CaseBook absorbed = peopleAndTies.absorb(harm);

        assertThat(PracticeRules.evaluate(absorbed, DAY, AlertSettings.DEFAULTS))
                .containsExactlyElementsOf(PracticeRules.evaluate(whole, DAY, AlertSettings.DEFAULTS)).isNotEmpty();
        for (String id : List.of("A", "B", "C", "D")) {
            assertThat(absorbed.incidents(id, DAY)).as(id).isEqualTo(whole.incidents(id, DAY));
            assertThat(absorbed.recordedSiblings(id)).as(id).isEqualTo(whole.recordedSiblings(id));
            assertThat(absorbed.familyMembers(id)).as(id).isEqualTo(whole.familyMembers(id));
            assertThat(absorbed.groupsOf(id, DAY)).as(id).isEqualTo(whole.groupsOf(id, DAY));
        }
        assertThat(absorbed.inConflict("G2", "G1", DAY)).isTrue();
    }

    private static CaseBook city() {
        return new CaseBook()
                .person(child("A", "Amira", "F1", List.of(), SocialCareStatus.NONE, null))
                .person(child("B", "Yusuf", "F1", List.of(), SocialCareStatus.NONE, null))
                .person(child("C", "Kai", "F2", List.of("CCE"), SocialCareStatus.NONE, null))
                .person(child("D", "Dee", "F3", List.of(), SocialCareStatus.NONE, null))
                .incident(assault("I1", LocalDate.of(2026, 1, 5), Severity.SERIOUS), victim("A"));
    }
}
