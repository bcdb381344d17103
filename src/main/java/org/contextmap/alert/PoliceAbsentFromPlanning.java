package org.contextmap.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.contextmap.base.Agency;
import org.contextmap.base.Labelled;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.MeetingKind;
import org.contextmap.person.YoungPerson;

/**
 * A strategy discussion or safety-planning meeting about a child at high risk of serious violence,
 * held without the police. The KBSP rapid review found the police absent from the planning for a
 * child at risk of serious violence, though they held what was known of the threat. "At high
 * risk" is read from the record as the other rules read it: the child was involved, on any side,
 * in serious harm in the open-risk period before the meeting, or was in a retaliation window then.
 * A meeting whose attendance was not recorded raises nothing: absence is not assumed.
 */
final class PoliceAbsentFromPlanning implements Rule {

    private static final Set<MeetingKind> PLANNING = EnumSet.of(MeetingKind.STRATEGY_DISCUSSION,
            MeetingKind.SAFETY_PLANNING);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public AlertCode code() {
        return AlertCode.POLICE_ABSENT_FROM_PLANNING;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        for (Meeting meeting : book.meetings(person.id(), asOf)) {
            LocalDate held = meeting.heldOn();
            if (!PLANNING.contains(meeting.kind()) || meeting.agencies().isEmpty()
                    || meeting.agencies().contains(Agency.POLICE) || !settings.recent(held, asOf)) {
                continue;
            }
            Optional<CaseBook.InvolvedIncident> harm = book.incidents(person.id(), held).stream()
                    .filter(i -> Harm.serious(i.incident()))
                    .filter(i -> !i.date().isBefore(held.minusDays(settings.openRiskDays())))
                    .max(Comparator.comparing(CaseBook.InvolvedIncident::date));
            LocalDate windowsFrom = held.minusDays(settings.retaliationWindowDays());
            boolean window = raised.stream().anyMatch(a -> a.code() == AlertCode.RETALIATION_WINDOW
                    && !a.raisedOn().isAfter(held) && !a.raisedOn().isBefore(windowsFrom));
            if (harm.isEmpty() && !window) {
                continue;
            }
            List<Fact> facts = new ArrayList<>(List.of(fact(meeting)));
            harm.map(Harm::fact).ifPresent(facts::add);
            String why = harm.map(PoliceAbsentFromPlanning::part).orElse("in a retaliation window after a serious "
                    + "incident between groups in conflict");
            String kind = Labelled.of(meeting.kind(), "meeting").toLowerCase(Locale.UK);
            alerts.add(Alert.of(code(), person.id(), person.name(), held, "A " + kind + " about " + person.name()
                    + " on " + held.format(DAY) + " was attended by " + attended(meeting)
                    + " but not the police, while "
                    + person.name() + " was at high risk of serious violence: " + why + ".", facts));
        }
        return alerts;
    }

    /** "the victim of a stabbing (life-threatening) on 3 March 2026", "a suspect in an assault (serious) on …". */
    private static String part(CaseBook.InvolvedIncident harm) {
        String what = Labelled.of(harm.incident().type(), "incident").toLowerCase(Locale.UK)
                + (harm.incident().severity() == null ? ""
                        : " (" + harm.incident().severity().label().toLowerCase(Locale.UK) + ")");
        String role = switch (harm.role()) {
            case VICTIM -> "the victim of ";
            case SUSPECT -> "a suspect in ";
            case WITNESS -> "a witness to ";
            case null, default -> "present at ";
        };
        return role + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what + " on " + harm.date().format(DAY);
    }

    private static String attended(Meeting meeting) {
        return meeting.agencies().stream().map(Agency::label).collect(Collectors.joining(", "));
    }

    private static Fact fact(Meeting meeting) {
        return new Fact("meeting", meeting.id(), meeting.heldOn(), Labelled.of(meeting.kind(), "Meeting")
                + ", attended by " + attended(meeting));
    }
}
