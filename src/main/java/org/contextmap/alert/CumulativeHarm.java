package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * Two or more incidents of serious harm to the same child within twelve months. Bristol Rapid
 * Review No.7: two assaults ten months apart whose cumulative harm nobody saw, because each was
 * handled as a one-off.
 */
final class CumulativeHarm implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.CUMULATIVE_HARM;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<CaseBook.InvolvedIncident> harms = book.incidents(person.id(), asOf).stream()
                .filter(i -> i.role() == Role.VICTIM && Harm.serious(i.incident()))
                .sorted(Comparator.comparing(CaseBook.InvolvedIncident::date)).toList();
        if (harms.size() < 2) {
            return List.of();
        }
        // the latest incident and every serious harm in the months before it
        CaseBook.InvolvedIncident latest = harms.getLast();
        LocalDate from = latest.date().minusMonths(settings.cumulativeHarmMonths());
        List<CaseBook.InvolvedIncident> window = harms.stream().filter(h -> !h.date().isBefore(from)).toList();
        if (window.size() < 2) {
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        window.forEach(h -> facts.add(Harm.fact(h)));
        return List.of(Alert.of(code(), person.id(), person.name(), latest.date(),
                person.name() + " has been seriously harmed " + window.size() + " times in "
                        + settings.cumulativeHarmMonths() + " months (" + window.getFirst().date() + " to "
                        + latest.date() + "): the harm is cumulative.", facts));
    }
}
