package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.person.SocialCareStatus;
import org.contextmap.person.YoungPerson;

/**
 * A child with open risk — a risk flag, or an incident in the last 90 days — who has no
 * social-care case and no lead professional: nobody leads once social care has stepped back
 * (Bristol Rapid Review No.7; cross-border CSPR). Raised once, on its own trigger: it does not read
 * the other alerts, so one incident does not raise it again through each alert that incident
 * raised.
 */
final class NoLeadProfessional implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.NO_LEAD_PROFESSIONAL;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        boolean socialCareCase = person.socialCareStatus() != null && person.socialCareStatus() != SocialCareStatus.NONE
                && person.socialCareStatus() != SocialCareStatus.EARLY_HELP;
        boolean led = person.leadProfessional() != null && !person.leadProfessional().isBlank();
        if (socialCareCase || led) {
            return List.of();
        }
        List<String> risks = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        if (person.flags() != null && !person.flags().isEmpty()) {
            risks.add("flagged " + String.join(", ", person.flags()));
        }
        LocalDate from = asOf.minusDays(settings.openRiskDays());
        book.incidents(person.id(), asOf).stream().filter(i -> !i.date().isBefore(from)).forEach(i -> {
            facts.add(Harm.fact(i));
        });
        if (!facts.isEmpty()) {
            risks.add(facts.size() + " incident(s) in the last " + settings.openRiskDays() + " days");
        }
        if (risks.isEmpty()) {
            return List.of();
        }
        return List.of(Alert.of(code(), person.id(), person.name(), asOf,
                person.name() + " has open risk (" + String.join("; ", risks) + ") and no lead professional"
                        + " or social-care case.", facts));
    }
}
