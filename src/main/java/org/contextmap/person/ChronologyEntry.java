package org.contextmap.person;

import java.time.LocalDate;
import java.time.LocalTime;
import org.contextmap.incident.Role;

/**
 * One line of a child's chronology: everything known about them, from every agency, on one
 * time line — what the practice reviews found missing when four agencies each held a part.
 *
 * @param kind      INCIDENT, EDUCATION, REFERRAL, MEETING, FAMILY_HISTORY or ASSOCIATION
 * @param title     what happened, in plain words
 * @param detail    more about it, or {@code null}
 * @param source    the agency that recorded it, in plain words
 * @param reference the id of the record it comes from
 * @param role      for an incident, the young person's part in it (a victim is shown as a victim)
 */
public record ChronologyEntry(LocalDate date, LocalTime time, String kind, String title, String detail, String source,
        String reference, Role role) {

    public boolean victim() {
        return role == Role.VICTIM;
    }
}
