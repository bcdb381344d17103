package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.alert.Cases.alerts;
import static org.contextmap.alert.Cases.assault;
import static org.contextmap.alert.Cases.child;
import static org.contextmap.alert.Cases.meeting;
import static org.contextmap.alert.Cases.victim;

import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.casework.MeetingKind;
import org.contextmap.incident.Severity;
import org.junit.jupiter.api.Test;

/**
 * POLICE_ABSENT_FROM_PLANNING on small case books (KBSP rapid review): a strategy discussion or
 * safety-planning meeting for a child at high risk of serious violence, without the police.
 */
class PlanningRulesTest {

    private static final LocalDate ASSAULTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate MET = LocalDate.of(2026, 3, 4);

    private static CaseBook book(MeetingKind kind, Severity severity, Agency... present) {
        return new CaseBook().person(child("A", "Amira"))
                .incident(assault("I1", ASSAULTED, severity), victim("A"))
                .meeting(meeting("M1", kind, MET, "A", present));
    }

    @Test
    void aStrategyDiscussionWithoutThePoliceForAChildSeriouslyHarmed() {
        assertThat(alerts(book(MeetingKind.STRATEGY_DISCUSSION, Severity.SERIOUS, Agency.SOCIAL_CARE, Agency.HEALTH),
                MET, AlertCode.POLICE_ABSENT_FROM_PLANNING)).singleElement().satisfies(alert -> {
                    assertThat(alert.raisedOn()).isEqualTo(MET);
                    assertThat(alert.priority()).isEqualTo(AlertPriority.HIGH);
                    assertThat(alert.reason()).isEqualTo("A strategy discussion about Amira on 4 March 2026 was "
                            + "attended by Children's social care, Health but not the police, while Amira was at high "
                            + "risk of serious violence: the victim of an assault (serious) on 2 March 2026.");
                    assertThat(alert.facts()).extracting(Fact::id).containsExactly("M1", "I1");
                });
        assertThat(alerts(book(MeetingKind.SAFETY_PLANNING, Severity.SERIOUS, Agency.YOUTH_JUSTICE), MET,
                AlertCode.POLICE_ABSENT_FROM_PLANNING)).hasSize(1);
    }

    @Test
    void notWithThePolicePresentNorWhenAttendanceWasNotRecordedNorForOtherMeetings() {
        assertThat(alerts(book(MeetingKind.STRATEGY_DISCUSSION, Severity.SERIOUS, Agency.SOCIAL_CARE, Agency.POLICE),
                MET, AlertCode.POLICE_ABSENT_FROM_PLANNING)).isEmpty();
        assertThat(alerts(book(MeetingKind.STRATEGY_DISCUSSION, Severity.SERIOUS), MET,
                AlertCode.POLICE_ABSENT_FROM_PLANNING)).as("attendance not recorded").isEmpty();
        assertThat(alerts(book(MeetingKind.MULTI_AGENCY_REVIEW, Severity.SERIOUS, Agency.SOCIAL_CARE), MET,
                AlertCode.POLICE_ABSENT_FROM_PLANNING)).isEmpty();
    }

    @Test
    void notForAChildWithoutSeriousHarmNorLongAfterIt() {
        assertThat(alerts(book(MeetingKind.STRATEGY_DISCUSSION, Severity.LOW, Agency.SOCIAL_CARE), MET,
                AlertCode.POLICE_ABSENT_FROM_PLANNING)).isEmpty();
        CaseBook late = new CaseBook().person(child("A", "Amira"))
                .incident(assault("I1", ASSAULTED, Severity.SERIOUS), victim("A"))
                .meeting(meeting("M1", MeetingKind.SAFETY_PLANNING, ASSAULTED.plusDays(120), "A", Agency.SOCIAL_CARE));
        assertThat(alerts(late, ASSAULTED.plusDays(121), AlertCode.POLICE_ABSENT_FROM_PLANNING)).isEmpty();
    }
}
