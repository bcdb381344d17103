package org.contextmap.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.person.YoungPerson;

/**
 * A referral made at the highest threshold level and closed with no further action: the referrer
 * judged the child at the highest level of need and the decision found nothing to do. The
 * Herefordshire review (learning point 4) asks that the referrer then talks it through with their
 * own safeguarding lead and, if they still disagree, uses the escalation (professional
 * differences) policy, rather than letting the decision stand unexamined. One alert per referral.
 */
final class HighestLevelClosedWithoutAction implements Rule {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public AlertCode code() {
        return AlertCode.LEVEL4_NFA_ESCALATION;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        return book.referrals(person.id(), asOf).stream()
                .filter(r -> r.outcome() == ReferralOutcome.NFA && r.outcomeOn() != null
                        && !r.outcomeOn().isAfter(asOf) && settings.recent(r.outcomeOn(), asOf))
                .filter(r -> level(r.level()).orElse(0) >= settings.highestReferralLevel())
                .map(r -> Alert.of(code(), person.id(), person.name(), r.outcomeOn(), reason(person, r),
                        List.of(Referrals.fact(r))))
                .toList();
    }

    private static String reason(YoungPerson person, Referral referral) {
        String from = referral.fromAgency() == null ? "an unrecorded source" : referral.fromAgency().label();
        return "A referral about " + person.name() + " from " + from + " at " + referral.level().strip()
                + ", the highest threshold level, received on " + referral.receivedOn().format(DAY)
                + ", was closed with no further action on " + referral.outcomeOn().format(DAY) + ".";
    }

    /** The number in a local threshold level ("Level 4", "4", "L4"), if it has one. */
    static OptionalInt level(String level) {
        if (level == null) {
            return OptionalInt.empty();
        }
        Matcher number = NUMBER.matcher(level);
        return number.find() && number.group(1).length() < 4 ? OptionalInt.of(Integer.parseInt(number.group(1)))
                : OptionalInt.empty();
    }
}
