package org.contextmap.alert;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.person.YoungPerson;

/**
 * Three or more referrals about one child within twelve months that each ended in no further
 * action or early help: the thresholds need a second look. The Young Person F review counted
 * eight referrals, each judged alone.
 */
final class RepeatReferrals implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.REPEAT_REFERRALS;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        LocalDate from = asOf.minusMonths(settings.repeatReferralMonths());
        List<Referral> closed = book.referrals(person.id(), asOf).stream()
                .filter(r -> !r.receivedOn().isBefore(from))
                .filter(r -> (r.outcome() == ReferralOutcome.NFA || r.outcome() == ReferralOutcome.EARLY_HELP)
                        && r.outcomeOn() != null && !r.outcomeOn().isAfter(asOf))
                .sorted(Comparator.comparing(Referral::receivedOn)).toList();
        if (closed.size() < settings.repeatReferrals()) {
            return List.of();
        }
        return List.of(Alert.of(code(), person.id(), person.name(), closed.getLast().outcomeOn(),
                person.name() + " has been referred " + closed.size() + " times in " + settings.repeatReferralMonths()
                        + " months and each referral ended in no further action or early help.",
                closed.stream().map(Referrals::fact).toList()));
    }
}
