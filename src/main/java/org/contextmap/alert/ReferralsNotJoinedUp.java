package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.Referral;
import org.contextmap.person.YoungPerson;

/**
 * Referrals that did not meet: two or more about one child from different agencies within 90
 * days, or a referral whose outcome did not reach the referrer within two working days (of the
 * decision; or of receipt, while no decision is recorded). Herefordshire CSPR learning point 1:
 * four agencies referred, and none knew of the others or heard back.
 */
final class ReferralsNotJoinedUp implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.REFERRALS_NOT_JOINED_UP;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        List<Referral> referrals = book.referrals(person.id(), asOf).stream()
                .sorted(Comparator.comparing(Referral::receivedOn).thenComparing(Referral::id)).toList();
        Referral latest = referrals.isEmpty() ? null : referrals.getLast();
        if (latest != null) {
            List<Referral> recent = referrals.stream()
                    .filter(r -> !r.receivedOn().isBefore(latest.receivedOn().minusDays(settings.referralWindowDays())))
                    .toList();
            long agencies = recent.stream().map(Referral::fromAgency).filter(Objects::nonNull).distinct().count();
            if (agencies >= 2) {
                alerts.add(Alert.of(code(), person.id(), person.name(), latest.receivedOn(),
                        agencies + " different agencies referred " + person.name() + " within "
                                + settings.referralWindowDays() + " days (" + recent.getFirst().receivedOn() + " to "
                                + latest.receivedOn() + "): bring them together.",
                        recent.stream().map(Referrals::fact).toList()));
            }
        }
        for (Referral referral : referrals.stream().filter(r -> settings.recent(r.receivedOn(), asOf)).toList()) {
            LocalDate decided = referral.outcome() == null || referral.outcomeOn() == null ? null
                    : referral.outcomeOn();
            LocalDate due = WorkingDays.plus(decided == null ? referral.receivedOn() : decided,
                    settings.outcomeToReferrerWorkingDays());
            boolean told = decided != null && referral.referrerNotifiedOn() != null
                    && !referral.referrerNotifiedOn().isAfter(due) && !referral.referrerNotifiedOn().isAfter(asOf);
            if (asOf.isAfter(due) && !told) {
                String from = referral.fromAgency() == null ? "the referrer" : referral.fromAgency().label();
                String reason = decided == null
                        ? "The referral of " + referral.receivedOn() + " about " + person.name() + " from " + from
                                + " has no outcome recorded after " + settings.outcomeToReferrerWorkingDays()
                                + " working days."
                        : "The outcome of the referral of " + referral.receivedOn() + " about " + person.name()
                                + " (" + referral.outcome().label().toLowerCase() + ", " + decided + ") did not reach "
                                + from + " within " + settings.outcomeToReferrerWorkingDays() + " working days.";
                alerts.add(Alert.of(code(), person.id(), person.name(), due.plusDays(1), reason,
                        List.of(Referrals.fact(referral))));
            }
        }
        return alerts;
    }
}
