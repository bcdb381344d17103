package org.contextmap.alert;

import org.contextmap.casework.Referral;

/** How a referral reads as the fact behind an alert. */
final class Referrals {

    private Referrals() {
    }

    static Fact fact(Referral referral) {
        String from = referral.fromAgency() == null ? "an unrecorded source" : referral.fromAgency().label();
        String outcome = referral.outcome() == null ? "no outcome yet" : referral.outcome().label().toLowerCase();
        String to = referral.referredTo() == null ? "" : " to " + referral.referredTo().label().toLowerCase();
        return new Fact("referral", referral.id(), referral.receivedOn(), "Referral" + to + " from " + from + ", "
                + outcome);
    }
}
