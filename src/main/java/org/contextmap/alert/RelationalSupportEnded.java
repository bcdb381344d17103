package org.contextmap.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.contextmap.casework.Referral;
import org.contextmap.person.YoungPerson;

/**
 * Youth work or mentoring that ended within twelve weeks of starting while the young person was
 * still at high risk of serious violence: involved in serious harm in the open-risk period before
 * it ended, or in a retaliation window then. The cross-border thematic review found long-term
 * relational support — the trusted adult the reviews call the most protective factor — ended after
 * twelve weeks because the programme was funded for twelve. One alert per piece of work, raised on
 * the day it ended.
 */
final class RelationalSupportEnded implements Rule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public AlertCode code() {
        return AlertCode.RELATIONAL_SUPPORT_ENDED;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        for (Referral referral : book.referrals(person.id(), asOf)) {
            LocalDate ended = referral.endedOn();
            if (!referral.service().relational() || ended == null || ended.isAfter(asOf)
                    || !settings.recent(ended, asOf)) {
                continue;
            }
            LocalDate began = referral.firstContactOn() != null ? referral.firstContactOn() : referral.receivedOn();
            if (began == null || !ended.isBefore(began.plusWeeks(settings.relationalSupportWeeks()))) {
                continue;
            }
            Optional<CaseBook.InvolvedIncident> harm = book.incidents(person.id(), ended).stream()
                    .filter(i -> Harm.serious(i.incident()))
                    .filter(i -> !i.date().isBefore(ended.minusDays(settings.openRiskDays())))
                    .max(Comparator.comparing(CaseBook.InvolvedIncident::date));
            LocalDate windowsFrom = ended.minusDays(settings.retaliationWindowDays());
            boolean window = raised.stream().anyMatch(a -> a.code() == AlertCode.RETALIATION_WINDOW
                    && !a.raisedOn().isAfter(ended) && !a.raisedOn().isBefore(windowsFrom));
            if (harm.isEmpty() && !window) {
                continue;
            }
            long weeks = ChronoUnit.WEEKS.between(began, ended);
            List<Fact> facts = new ArrayList<>(List.of(Referrals.fact(referral)));
            harm.map(Harm::fact).ifPresent(facts::add);
            alerts.add(Alert.of(code(), person.id(), person.name(), ended, referral.service().label() + " with "
                    + person.name() + " began on " + began.format(DAY) + " and ended on " + ended.format(DAY)
                    + ", after " + (weeks == 1 ? "1 week" : weeks + " weeks") + ", while " + person.name()
                    + " was still at high risk of serious violence ("
                    + harm.map(h -> "involved in " + h.incident().type().label().toLowerCase(Locale.UK) + " on "
                            + h.date().format(DAY)).orElse("in a retaliation window") + ").", facts));
        }
        return alerts;
    }
}
