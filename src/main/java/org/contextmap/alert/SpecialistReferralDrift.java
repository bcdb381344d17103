package org.contextmap.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.contextmap.casework.Referral;
import org.contextmap.person.YoungPerson;

/**
 * A referral to a specialist service — sexual-violence advocacy, exploitation support — with no
 * direct contact with the young person within four weeks, or with no agency named as making it.
 * The Herefordshire review found two- and six-month delays before specialist support began, and
 * referrals nobody was following up. One alert per referral: raised the day after the four weeks
 * ran out (whether contact came later or not yet), or the day it was received when nobody is named.
 */
final class SpecialistReferralDrift implements Rule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public AlertCode code() {
        return AlertCode.SPECIALIST_REFERRAL_DRIFT;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        for (Referral referral : book.referrals(person.id(), asOf)) {
            if (!referral.service().specialist() || referral.receivedOn() == null) {
                continue;
            }
            LocalDate received = referral.receivedOn();
            LocalDate by = received.plusWeeks(settings.specialistContactWeeks());
            LocalDate contact = referral.firstContactOn() != null && !referral.firstContactOn().isAfter(asOf)
                    ? referral.firstContactOn() : null;
            boolean late = asOf.isAfter(by) && (contact == null || contact.isAfter(by));
            boolean nobody = referral.fromAgency() == null;
            LocalDate raisedOn = nobody ? received : by.plusDays(1);
            if ((!late && !nobody) || !settings.recent(raisedOn, asOf)) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (nobody) {
                reasons.add("names no agency as making it");
            }
            if (late) {
                reasons.add(contact == null ? "has had no direct contact with " + person.name() + " in the "
                        + settings.specialistContactWeeks() + " weeks since (by " + by.format(DAY) + ")"
                        : "first saw " + person.name() + " on " + contact.format(DAY) + ", more than "
                        + settings.specialistContactWeeks() + " weeks after it");
            }
            alerts.add(Alert.of(code(), person.id(), person.name(), raisedOn, "A referral of " + person.name()
                    + " to " + referral.service().label().toLowerCase(Locale.UK) + ", received on "
                    + received.format(DAY) + ", " + String.join(", and ", reasons) + ".",
                    List.of(Referrals.fact(referral))));
        }
        return alerts;
    }
}
