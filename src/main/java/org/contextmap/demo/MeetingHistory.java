package org.contextmap.demo;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.casework.MeetingKind;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.person.SocialCareStatus;

/**
 * Multi-agency meetings about people, groups and places. A strategy discussion follows most
 * serious victimisations within three working days — but some are late and some never happen,
 * which is the first lesson of Bristol Rapid Review No. 7. Children on a protection plan have
 * conferences every six months; flagged and repeatedly harmed children have safety-planning
 * meetings; children with four or more agencies involved usually, not always, have
 * multi-agency reviews. A violence-reduction meeting every three weeks reviews each group with
 * recent harm, and each quarter context conferences look at the worst hotspots.
 */
final class MeetingHistory {

    private static final int DAY = CityCalendar.MINUTES_PER_DAY;

    private final Population people;
    private final PeerGroups groups;
    private final IncidentHistory incidents;
    private final Geography map;
    private final CityCalendar calendar;
    private final SplittableRandom random;

    private final IntList kind = new IntList(1024);
    private final IntList day = new IntList(1024);
    private final IntList person = new IntList(1024);
    private final IntList group = new IntList(1024);
    private final IntList location = new IntList(1024);
    private final IntList agencies = new IntList(1024);
    private int[] order;

    MeetingHistory(Population people, PeerGroups groups, IncidentHistory incidents, HarmSummary harm,
            CareStatus care, ReferralHistory referrals, Geography map, CityCalendar calendar,
            SplittableRandom random) {
        this.people = people;
        this.groups = groups;
        this.incidents = incidents;
        this.map = map;
        this.calendar = calendar;
        this.random = random;
        strategyDiscussions(harm);
        protectionConferences(care);
        safetyPlanning(harm, care);
        multiAgencyReviews(harm, care, referrals);
        violenceReduction();
        contextConferences();
        sortByDate();
    }

    int size() {
        return order.length;
    }

    MeetingKind kind(int i) {
        return MeetingKind.values()[kind.get(order[i])];
    }

    long day(int i) {
        return day.get(order[i]);
    }

    int person(int i) {
        return person.get(order[i]);
    }

    int group(int i) {
        return group.get(order[i]);
    }

    /** Coded like incident locations (places, then schools, then neighbourhoods), or -1. */
    int location(int i) {
        return location.get(order[i]);
    }

    int agencies(int i) {
        return agencies.get(order[i]);
    }

    private void strategyDiscussions(HarmSummary harm) {
        long[] lastHeld = new long[people.size];
        Arrays.fill(lastHeld, Long.MIN_VALUE / 2);
        for (int i = 0; i < incidents.count; i++) {
            IncidentType type = incidents.type(i);
            boolean serious = incidents.seriousHarm(i);
            long incidentDay = calendar.dayOf(incidents.minute[i]);
            for (int j = incidents.involvementStart[i]; j < incidents.involvementStart[i + 1]; j++) {
                int p = incidents.involvementPerson[j];
                Role role = incidents.role(j);
                double chance;
                if (role == Role.VICTIM && (serious || type == IncidentType.SEXUAL_ABUSE)) {
                    chance = 0.9;
                } else if (role == Role.VICTIM && type == IncidentType.EXPLOITATION) {
                    chance = 0.4;
                } else if (role == Role.SUSPECT && type == IncidentType.SEXUAL_ABUSE) {
                    chance = 0.3;
                } else {
                    continue;
                }
                if (!Draw.chance(random, chance)) {
                    continue;
                }
                int workingDays = Draw.chance(random, 0.88)
                        ? new int[] {0, 1, 2, 3}[Draw.weighted(random, new double[] {20, 35, 30, 15})]
                        : Draw.between(random, 4, 20);
                long held = CityCalendar.addWorkingDays(incidentDay, workingDays);
                if (held > calendar.endDay || held - lastHeld[p] <= 5 || !incidents.alive(p, held, calendar)) {
                    continue;
                }
                lastHeld[p] = held;
                int who = bit(Agency.SOCIAL_CARE) | bit(Agency.POLICE);
                if (incidents.source(i) == Agency.HEALTH || type == IncidentType.STABBING
                        || type == IncidentType.SHOOTING || Draw.chance(random, 0.3)) {
                    who |= bit(Agency.HEALTH);
                }
                if (people.age[p] <= 17 && Draw.chance(random, 0.75)) {
                    who |= bit(Agency.EDUCATION);
                }
                if (harm.suspicions[p] > 0 && Draw.chance(random, 0.6)) {
                    who |= bit(Agency.YOUTH_JUSTICE);
                }
                if (Draw.chance(random, 0.2)) {
                    who |= bit(Agency.VOLUNTARY);
                }
                add(MeetingKind.STRATEGY_DISCUSSION, held, p, -1, -1, who);
            }
        }
    }

    private void protectionConferences(CareStatus care) {
        for (int p = 0; p < people.size; p++) {
            if (care.status[p] != SocialCareStatus.CHILD_PROTECTION) {
                continue;
            }
            long d = calendar.startDay + random.nextInt(Math.min(400, calendar.days));
            while (d <= calendar.endDay) {
                int who = bit(Agency.SOCIAL_CARE) | bit(Agency.POLICE) | bit(Agency.EDUCATION) | bit(Agency.HEALTH);
                if (Draw.chance(random, 0.8)) {
                    who |= bit(Agency.PARENT_CARER);
                }
                if (Draw.chance(random, 0.5)) {
                    who |= bit(Agency.YOUNG_PERSON);
                }
                long held = CityCalendar.addWorkingDays(d, 0);
                if (held <= calendar.endDay) {
                    add(MeetingKind.CHILD_PROTECTION_CONFERENCE, held, p, -1, -1, who);
                }
                d += 182 + Draw.between(random, -14, 14);
            }
        }
    }

    private void safetyPlanning(HarmSummary harm, CareStatus care) {
        for (int p = 0; p < people.size; p++) {
            boolean needs = care.flags[p] != 0 || harm.seriousVictimisations[p] >= 2;
            if (!needs || !Draw.chance(random, 0.6)) {
                continue;
            }
            int count = 1 + Draw.weighted(random, new double[] {0.5, 0.3, 0.2});
            for (int k = 0; k < count; k++) {
                long d = CityCalendar.addWorkingDays(calendar.startDay + random.nextInt(calendar.days), 0);
                if (d > calendar.endDay || !incidents.alive(p, d, calendar)) {
                    continue;
                }
                int who = bit(Agency.SOCIAL_CARE);
                Agency[] optional = {Agency.YOUNG_PERSON, Agency.PARENT_CARER, Agency.EDUCATION, Agency.YOUTH_JUSTICE,
                    Agency.VOLUNTARY, Agency.POLICE};
                double[] chance = {0.7, 0.7, 0.6, 0.4, 0.5, 0.5};
                for (int a = 0; a < optional.length; a++) {
                    if (Draw.chance(random, chance[a])) {
                        who |= bit(optional[a]);
                    }
                }
                add(MeetingKind.SAFETY_PLANNING, d, p, -1, -1, who);
            }
        }
    }

    /** Children with four or more agencies involved: reviews every 10–16 weeks for about half of them. */
    private void multiAgencyReviews(HarmSummary harm, CareStatus care, ReferralHistory referrals) {
        int[] involved = new int[people.size];
        for (int i = 0; i < referrals.size(); i++) {
            involved[referrals.person(i)] |= bit(referrals.agency(i));
        }
        for (int i = 0; i < incidents.count; i++) {
            int source = bit(incidents.source(i));
            for (int j = incidents.involvementStart[i]; j < incidents.involvementStart[i + 1]; j++) {
                Role role = incidents.role(j);
                if (role == Role.VICTIM || role == Role.SUSPECT) {
                    involved[incidents.involvementPerson[j]] |= source;
                }
            }
        }
        for (int p = 0; p < people.size; p++) {
            int who = involved[p] & ~(bit(Agency.PARENT_CARER) | bit(Agency.YOUNG_PERSON));
            if (care.open(p)) {
                who |= bit(Agency.SOCIAL_CARE);
            }
            if (harm.suspicions[p] > 0) {
                who |= bit(Agency.YOUTH_JUSTICE);
            }
            if (Integer.bitCount(who) < 4 || !Draw.chance(random, 0.5)) {
                continue;
            }
            long d = calendar.startDay + random.nextInt(Math.min(540, calendar.days));
            while (true) {
                long held = CityCalendar.addWorkingDays(d, 0);
                if (held > calendar.endDay || !incidents.alive(p, held, calendar)) {
                    break;
                }
                add(MeetingKind.MULTI_AGENCY_REVIEW, held, p, -1, -1, who);
                d += 7L * Draw.between(random, 10, 16);
            }
        }
    }

    /** Every three weeks, each group with recent moderate or worse harm among its associates. */
    private void violenceReduction() {
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
                add(MeetingKind.VIOLENCE_REDUCTION, d, -1, g, -1, who);
            }
        }
    }

    /** Each quarter, context conferences on some of the places with the most harm. */
    private void contextConferences() {
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
                add(MeetingKind.CONTEXT_CONFERENCE, d, -1, -1, l, attendees);
            }
        }
    }

    static int bit(Agency agency) {
        return 1 << agency.ordinal();
    }

    private void add(MeetingKind k, long d, int p, int g, int l, int who) {
        kind.add(k.ordinal());
        day.add((int) d);
        person.add(p);
        group.add(g);
        location.add(l);
        agencies.add(who);
    }

    private void sortByDate() {
        int n = kind.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) day.get(i) << 32 | i;
        }
        Arrays.sort(keys);
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
    }
}
