package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.contextmap.base.Agency;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.MeetingKind;
import org.contextmap.casework.Referral;
import org.contextmap.person.YoungPerson;

/**
 * Four or more agencies active with a child in the last twelve weeks — referring, reporting
 * incidents, sitting in meetings about them — and no multi-agency review in that time. Bristol
 * Rapid Review No.7 heard the young person describe the many professionals as "too much".
 */
final class InterventionWithoutReview implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.INTERVENTION_WITHOUT_REVIEW;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        LocalDate from = asOf.minusWeeks(settings.reviewWeeks());
        Set<Agency> agencies = EnumSet.noneOf(Agency.class);
        List<Fact> facts = new ArrayList<>();
        for (Referral referral : book.referrals(person.id(), asOf)) {
            if (!referral.receivedOn().isBefore(from) && referral.fromAgency() != null) {
                agencies.add(referral.fromAgency());
                facts.add(Referrals.fact(referral));
            }
        }
        for (CaseBook.InvolvedIncident involvement : book.incidents(person.id(), asOf)) {
            if (!involvement.date().isBefore(from) && involvement.incident().source() != null) {
                agencies.add(involvement.incident().source());
                facts.add(Harm.fact(involvement));
            }
        }
        boolean reviewed = false;
        for (Meeting meeting : book.meetings(person.id(), asOf)) {
            if (meeting.heldOn().isBefore(from)) {
                continue;
            }
            agencies.addAll(meeting.agencies());
            reviewed |= meeting.kind() == MeetingKind.MULTI_AGENCY_REVIEW;
        }
        agencies.remove(Agency.PARENT_CARER);
        agencies.remove(Agency.YOUNG_PERSON);
        if (reviewed || agencies.size() < settings.agenciesForReview()) {
            return List.of();
        }
        return List.of(Alert.of(code(), person.id(), person.name(), asOf,
                agencies.size() + " agencies have been active with " + person.name() + " in the last "
                        + settings.reviewWeeks() + " weeks (" + String.join(", ", agencies.stream()
                                .map(Agency::label).toList()) + ") and there has been no multi-agency review.",
                facts));
    }
}
