package org.contextmap.demo;

import static org.contextmap.demo.MeetingHistory.bit;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.MeetingKind;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;

/**
 * Multi-agency meetings about contexts rather than one child: a violence-reduction meeting every
 * three weeks reviews each group with recent harm, and each quarter context conferences look at
 * the worst hotspots.
 */
final class ContextMeetings {

    private static final int DAY = CityCalendar.MINUTES_PER_DAY;

    private final MeetingHistory meetings;
    private final PeerGroups groups;
    private final IncidentHistory incidents;
    private final Geography map;
    private final CityCalendar calendar;
    private final SplittableRandom random;

    ContextMeetings(MeetingHistory meetings, PeerGroups groups, IncidentHistory incidents, Geography map,
            CityCalendar calendar, SplittableRandom random) {
        this.meetings = meetings;
        this.groups = groups;
        this.incidents = incidents;
        this.map = map;
        this.calendar = calendar;
        this.random = random;
    }

    /** Every three weeks, each group with recent moderate or worse harm among its associates. */
    void violenceReduction() {
        IntList[] harmDays = new IntList[groups.count];
        for (int g = 0; g < groups.count; g++) {
            harmDays[g] = new IntList(8);
        }
        for (int i = 0; i < incidents.count; i++) {
            if (incidents.severity(i).compareTo(Severity.MODERATE) < 0) {
                continue;
            }
            int d = (int) calendar.dayOf(incidents.minute[i]);
            for (int j = incidents.involvementStart[i]; j < incidents.involvementStart[i + 1]; j++) {
                Role role = incidents.role(j);
                if (role != Role.VICTIM && role != Role.SUSPECT) {
                    continue;
                }
                int p = incidents.involvementPerson[j];
                for (int g : new int[] {groups.groupOf[p], groups.secondGroupOf[p]}) {
                    if (g >= 0 && (harmDays[g].size() == 0 || harmDays[g].get(harmDays[g].size() - 1) != d)) {
                        harmDays[g].add(d);
                    }
                }
            }
        }
        long first = calendar.startDay + 14;
        while (CityCalendar.dayOfWeek(first) != 1) {
            first++;
        }
        int base = bit(Agency.POLICE) | bit(Agency.SOCIAL_CARE) | bit(Agency.EDUCATION) | bit(Agency.YOUTH_JUSTICE)
                | bit(Agency.VOLUNTARY);
        int[] cursor = new int[groups.count];
        for (long d = first; d <= calendar.endDay; d += 21) {
            for (int g = 0; g < groups.count; g++) {
                IntList days = harmDays[g];
                while (cursor[g] < days.size() && days.get(cursor[g]) < d - 42) {
                    cursor[g]++;
                }
                int recent = 0;
                for (int k = cursor[g]; k < days.size() && days.get(k) < d; k++) {
                    recent++;
                }
                boolean tense = groups.enemies[g].length > 0;
                if (recent == 0 || (!tense && recent < 2) || !Draw.chance(random, 0.85)) {
                    continue;
                }
                int who = base;
                if (Draw.chance(random, 0.4)) {
                    who |= bit(Agency.HOUSING);
                }
                if (Draw.chance(random, 0.3)) {
                    who |= bit(Agency.HEALTH);
                }
                if (Draw.chance(random, 0.15)) {
                    who |= bit(Agency.PROBATION);
                }
                meetings.add(MeetingKind.VIOLENCE_REDUCTION, d, -1, g, -1, who);
            }
        }
    }

    /** Each quarter, context conferences on some of the places with the most harm. */
    void contextConferences() {
        int locations = map.places + map.schools;
        int quarter = 91;
        int quarters = calendar.days / quarter;
        double[][] harm = new double[quarters][locations];
        for (int i = 0; i < incidents.count; i++) {
            int q = (incidents.minute[i] / DAY) / quarter;
            int where = incidents.location[i];
            if (q < quarters && where < locations) {
                harm[q][where] += switch (incidents.severity(i)) {
                    case LOW -> 1;
                    case MODERATE -> 2;
                    case SERIOUS -> 4;
                    case LIFE_THREATENING -> 8;
                    case FATAL -> 12;
                };
            }
        }
        int top = Math.max(2, (int) Math.round(0.03 * locations));
        int who = bit(Agency.POLICE) | bit(Agency.EDUCATION) | bit(Agency.SOCIAL_CARE) | bit(Agency.VOLUNTARY);
        for (int q = 0; q < quarters; q++) {
            long[] ranked = new long[locations];
            for (int l = 0; l < locations; l++) {
                ranked[l] = (long) (harm[q][l] * 1000) << 24 | (locations - 1 - l);
            }
            Arrays.sort(ranked);
            for (int k = 0; k < top; k++) {
                long item = ranked[locations - 1 - k];
                if ((item >>> 24) == 0 || !Draw.chance(random, 0.7)) {
                    continue;
                }
                int l = locations - 1 - (int) (item & 0xffffff);
                long d = CityCalendar.addWorkingDays(calendar.startDay + (long) (q + 1) * quarter,
                        Draw.between(random, 0, 15));
                if (d > calendar.endDay) {
                    continue;
                }
                int attendees = who;
                if (Draw.chance(random, 0.6)) {
                    attendees |= bit(Agency.HOUSING);
                }
                if (Draw.chance(random, 0.5)) {
                    attendees |= bit(Agency.YOUTH_JUSTICE);
                }
                meetings.add(MeetingKind.CONTEXT_CONFERENCE, d, -1, -1, l, attendees);
            }
        }
    }
}
