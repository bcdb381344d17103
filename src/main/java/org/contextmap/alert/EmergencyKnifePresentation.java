package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.base.Agency;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * A knife or bladed-article injury recorded by health (an emergency department) with no
 * safeguarding referral about the child within a day (KBSP brief: the emergency department's
 * response to injuries).
 */
final class EmergencyKnifePresentation implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.EMERGENCY_KNIFE_PRESENTATION;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        for (CaseBook.InvolvedIncident injury : book.incidents(person.id(), asOf)) {
            if (injury.role() != Role.VICTIM || injury.incident().source() != Agency.HEALTH
                    || !Harm.knifeInjury(injury.incident()) || !settings.recent(injury.date(), asOf)) {
                continue;
            }
            LocalDate due = injury.date().plusDays(settings.knifeReferralDays());
            if (!asOf.isAfter(due)) {
                continue;
            }
            boolean referred = book.referrals(person.id(), due).stream()
                    .anyMatch(r -> !r.receivedOn().isBefore(injury.date()));
            if (!referred) {
                alerts.add(Alert.of(code(), person.id(), person.name(), due.plusDays(1),
                        person.name() + " was seen by health with a knife injury on " + injury.date()
                                + " and no safeguarding referral was received within " + settings.knifeReferralDays()
                                + " day(s).",
                        List.of(Harm.fact(injury))));
            }
        }
        return alerts;
    }
}
