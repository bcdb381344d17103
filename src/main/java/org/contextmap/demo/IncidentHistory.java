package org.contextmap.demo;

import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;

/**
 * The incidents of the two years, in time order (index = id order), with the young people
 * involved. Locations are coded as one int: places first, then schools, then neighbourhoods.
 */
final class IncidentHistory {

    static final Role[] ROLES = Role.values();

    final int count;
    /** Minutes since the start of the history. */
    final int[] minute;
    final byte[] type;
    final byte[] severity;
    final byte[] weapon;
    final byte[] source;
    final int[] location;
    /** A follow-up that the recording agency believed linked to an earlier incident. */
    final boolean[] linked;
    /** People of incident i are involvementPerson[involvementStart[i] … involvementStart[i + 1] - 1]. */
    final int[] involvementStart;
    final int[] involvementPerson;
    final byte[] involvementRole;
    /** Minute of death for the very few killed, else {@link Integer#MAX_VALUE}. */
    final int[] deathMinute;

    IncidentHistory(int count, int[] minute, byte[] type, byte[] severity, byte[] weapon, byte[] source,
            int[] location, boolean[] linked, int[] involvementStart, int[] involvementPerson,
            byte[] involvementRole, int[] deathMinute) {
        this.count = count;
        this.minute = minute;
        this.type = type;
        this.severity = severity;
        this.weapon = weapon;
        this.source = source;
        this.location = location;
        this.linked = linked;
        this.involvementStart = involvementStart;
        this.involvementPerson = involvementPerson;
        this.involvementRole = involvementRole;
        this.deathMinute = deathMinute;
    }

    IncidentType type(int i) {
        return HarmProfile.TYPES[type[i]];
    }

    Severity severity(int i) {
        return Severity.values()[severity[i]];
    }

    Weapon weapon(int i) {
        return Weapon.values()[weapon[i]];
    }

    Agency source(int i) {
        return Agency.values()[source[i]];
    }

    Role role(int involvement) {
        return ROLES[involvementRole[involvement]];
    }

    boolean seriousHarm(int i) {
        return HarmProfile.seriousHarm(type(i), severity(i), weapon(i));
    }

    int suspects(int i) {
        int k = 0;
        for (int j = involvementStart[i]; j < involvementStart[i + 1]; j++) {
            if (involvementRole[j] == Role.SUSPECT.ordinal()) {
                k++;
            }
        }
        return k;
    }

    /** Whether the person was alive on the given epoch day (the history's calendar). */
    boolean alive(int person, long epochDay, CityCalendar calendar) {
        return deathMinute[person] == Integer.MAX_VALUE
                || epochDay <= calendar.dayOf(deathMinute[person]);
    }
}
