package org.contextmap.person;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.contextmap.base.Labelled;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferredTo;
import org.contextmap.casework.SchoolEvent;
import org.contextmap.group.Association;
import org.contextmap.incident.PersonIncident;
import org.contextmap.incident.Weapon;

/** Merges what every agency recorded about a child into one time line, in plain words. */
final class Chronology {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Chronology() {
    }

    static List<ChronologyEntry> of(Family family, List<Association> associations, List<PersonIncident> incidents,
            List<SchoolEvent> educationEvents, List<Referral> referrals, List<Meeting> meetings) {
        List<ChronologyEntry> entries = new ArrayList<>();
        for (PersonIncident pi : incidents) {
            var i = pi.incident();
            String what = Labelled.of(i.type(), "Incident").toLowerCase(Locale.UK);
            List<String> qualifiers = new ArrayList<>();
            if (i.severity() != null) {
                qualifiers.add(i.severity().label().toLowerCase(Locale.UK));
            }
            if (i.weapon() != null && i.weapon() != Weapon.NONE) {
                qualifiers.add(i.weapon().label().toLowerCase(Locale.UK));
            }
            String title = pi.role().label() + ": " + what + (qualifiers.isEmpty() ? "" : " (" + String.join(", ", qualifiers) + ")")
                    + (pi.locationName() == null ? "" : " at " + pi.locationName());
            String others = pi.others().stream().map(o -> o.name() + " (" + o.role().label().toLowerCase(Locale.UK) + ")")
                    .collect(Collectors.joining(", "));
            String detail = join(i.summary(), others.isEmpty() ? null : "Also involved: " + others);
            entries.add(new ChronologyEntry(i.occurredAt().toLocalDate(), i.occurredAt().toLocalTime(), "INCIDENT", title,
                    detail, Labelled.of(i.source(), "Source not recorded"), i.id(), pi.role()));
        }
        for (SchoolEvent se : educationEvents) {
            var e = se.event();
            String title = e.kind().label() + (e.days() == null ? "" : " (" + e.days() + (e.days() == 1 ? " day)" : " days)"));
            entries.add(new ChronologyEntry(e.date(), null, "EDUCATION", title,
                    se.schoolName() == null ? null : se.schoolName(), "Education", e.key(), null));
        }
        for (Referral r : referrals) {
            String title = "Referral" + (r.referredTo() == null ? "" : " to " + r.referredTo().label()
                    .toLowerCase(java.util.Locale.UK)) + " from " + Labelled.of(r.fromAgency(), "an agency not recorded")
                    + (r.level() == null ? "" : " (" + r.level() + ")");
            String outcome = r.referredTo() != null && r.referredTo() != ReferredTo.SOCIAL_CARE
                    ? join(r.firstContactOn() == null ? "Not seen by the service yet"
                            : "First seen on " + DAY.format(r.firstContactOn()),
                            r.endedOn() == null ? null : "ended on " + DAY.format(r.endedOn()))
                    : r.outcome() == null ? "Outcome pending"
                    : "Outcome: " + r.outcome().label() + (r.outcomeOn() == null ? "" : " on " + DAY.format(r.outcomeOn()));
            String told = r.outcome() == null ? null : r.referrerNotifiedOn() == null
                    ? "the referrer has not been told the outcome"
                    : "referrer told on " + DAY.format(r.referrerNotifiedOn());
            entries.add(new ChronologyEntry(r.receivedOn(), null, "REFERRAL", title, join(outcome, told),
                    Labelled.of(r.fromAgency(), "Source not recorded"), r.id(), null));
        }
        for (Meeting m : meetings) {
            String agencies = m.agencies().isEmpty() ? "attendance not recorded"
                    : "Attended: " + m.agencies().stream().map(Labelled::label).collect(Collectors.joining(", "));
            entries.add(new ChronologyEntry(m.heldOn(), null, "MEETING", m.kind().label(), agencies,
                    "Multi-agency", m.id(), null));
        }
        if (family != null) {
            family.history().forEach(h -> entries.add(new ChronologyEntry(h.notedOn(), null, "FAMILY_HISTORY",
                    "Family history: " + h.kind(), "Recorded on the family, so every sibling's record shows it",
                    Labelled.of(h.source(), "Source not recorded"), h.key(), null)));
        }
        for (Association a : associations) {
            if (a.provenance().since() != null) {
                entries.add(new ChronologyEntry(a.provenance().since(), null, "ASSOCIATION",
                        "Associated with " + a.groupName(), "Association, not a finding: " + a.provenance().describe(),
                        Labelled.of(a.provenance().source(), "Source not recorded"), a.groupId(), null));
            }
        }
        entries.removeIf(e -> e.date() == null);
        entries.sort(Comparator.comparing(ChronologyEntry::date)
                .thenComparing(e -> e.time() == null ? LocalTime.MIDNIGHT : e.time())
                .reversed());
        return entries;
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ". " + second;
    }
}
