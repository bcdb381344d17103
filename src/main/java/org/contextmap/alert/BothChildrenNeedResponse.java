package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.MeetingKind;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * Harm between young people: the child harmed and the child alleged to have caused it each need
 * a response of their own — an assessment or a strategy discussion. The Herefordshire review
 * found that nobody supported the second child. Raised on either child with no such response
 * within the working days a strategy discussion is due in.
 */
final class BothChildrenNeedResponse implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.BOTH_CHILDREN_NEED_RESPONSE;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        for (CaseBook.InvolvedIncident involvement : book.incidents(person.id(), asOf)) {
            if (!Harm.abuse(involvement.incident()) || !settings.recent(involvement.date(), asOf)
                    || involvement.role() != Role.VICTIM && involvement.role() != Role.SUSPECT) {
                continue;
            }
            Role other = involvement.role() == Role.VICTIM ? Role.SUSPECT : Role.VICTIM;
            List<String> others = involvement.parties().entrySet().stream().filter(e -> e.getValue() == other)
                    .map(Map.Entry::getKey).filter(id -> book.person(id) != null).sorted().toList();
            if (others.isEmpty()) {
                continue;
            }
            LocalDate due = WorkingDays.plus(involvement.date(), settings.strategyDiscussionWorkingDays());
            if (!asOf.isAfter(due) || responded(person.id(), book, involvement.date(), due)) {
                continue;
            }
            String names = String.join(", ", others.stream().map(book::name).toList());
            String reason = involvement.role() == Role.VICTIM
                    ? person.name() + " was harmed by another young person (" + names + ") on " + involvement.date()
                            + " and has had no assessment or strategy discussion of their own."
                    : person.name() + " is alleged to have harmed another young person (" + names + ") on "
                            + involvement.date() + " and has had no assessment or strategy discussion of their own: "
                            + "they need a response too.";
            alerts.add(Alert.of(code(), person.id(), person.name(), due.plusDays(1), reason,
                    List.of(Harm.fact(involvement))));
        }
        return alerts;
    }

    private static boolean responded(String personId, CaseBook book, LocalDate from, LocalDate due) {
        boolean meeting = book.meetings(personId, due).stream().anyMatch(m -> !m.heldOn().isBefore(from)
                && (m.kind() == MeetingKind.STRATEGY_DISCUSSION || m.kind() == MeetingKind.CHILD_PROTECTION_CONFERENCE));
        boolean assessed = book.referrals(personId, due).stream().anyMatch(r -> !r.receivedOn().isBefore(from)
                && (r.outcome() == ReferralOutcome.ASSESSMENT || r.outcome() == ReferralOutcome.STRATEGY_DISCUSSION));
        return meeting || assessed;
    }
}
