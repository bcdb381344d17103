package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.MeetingKind;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * A child harmed seriously (severity SERIOUS or worse, or any knife, bladed-article or firearm
 * injury) and no strategy discussion recorded within three working days. Bristol Rapid Review
 * No.7 found a first serious assault that should have led to one and did not.
 */
final class StrategyDiscussionDue implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.STRATEGY_DISCUSSION_DUE;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        for (CaseBook.InvolvedIncident harm : book.incidents(person.id(), asOf)) {
            if (harm.role() != Role.VICTIM || !Harm.serious(harm.incident()) || !settings.recent(harm.date(), asOf)) {
                continue;
            }
            LocalDate due = WorkingDays.plus(harm.date(), settings.strategyDiscussionWorkingDays());
            if (!asOf.isAfter(due)) {
                continue;
            }
            boolean held = book.meetings(person.id(), due).stream()
                    .anyMatch(m -> m.kind() == MeetingKind.STRATEGY_DISCUSSION && !m.heldOn().isBefore(harm.date()));
            if (!held) {
                alerts.add(Alert.of(code(), person.id(), person.name(), due.plusDays(1),
                        person.name() + " was the victim of " + harm.incident().type().label().toLowerCase()
                                + " on " + harm.date() + " and no strategy discussion was recorded within "
                                + settings.strategyDiscussionWorkingDays() + " working days (by " + due + ").",
                        List.of(Harm.fact(harm))));
            }
        }
        return alerts;
    }
}
