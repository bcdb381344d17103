package org.contextmap.demo;

import static org.contextmap.demo.MeetingHistory.bit;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.MeetingKind;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.person.SocialCareStatus;

/**
 * Multi-agency meetings about one child. A strategy discussion follows most serious
 * victimisations within three working days — but some are late and some never happen, which is
 * the first lesson of Bristol Rapid Review No. 7. Children on a protection plan have conferences
 * every six months; flagged and repeatedly harmed children have safety-planning meetings;
 * children with four or more agencies involved usually, not always, have multi-agency reviews.
 */
final class ChildMeetings {

    private final MeetingHistory meetings;
    private final Population people;
    private final IncidentHistory incidents;
    private final CityCalendar calendar;
    private final SplittableRandom random;

    ChildMeetings(MeetingHistory meetings, Population people, IncidentHistory incidents, CityCalendar calendar,
            SplittableRandom random) {
        this.meetings = meetings;
        this.people = people;
        this.incidents = incidents;
        this.calendar = calendar;
        this.random = random;
    }

    /** After serious harm, sexual abuse and exploitation: mostly within three working days, some late, some never. */
    void strategyDiscussions(HarmSummary harm) {
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
                meetings.add(MeetingKind.STRATEGY_DISCUSSION, held, p, -1, -1, who);
            }
        }
    }

    /** About every six months for each child on a protection plan. */
    void protectionConferences(CareStatus care) {
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
                    meetings.add(MeetingKind.CHILD_PROTECTION_CONFERENCE, held, p, -1, -1, who);
                }
                d += 182 + Draw.between(random, -14, 14);
            }
        }
    }

    /** One to three meetings for most children with a flag or two serious victimisations. */
    void safetyPlanning(HarmSummary harm, CareStatus care) {
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
                meetings.add(MeetingKind.SAFETY_PLANNING, d, p, -1, -1, who);
            }
        }
    }

    /** Children with four or more agencies involved: reviews every 10–16 weeks for about half of them. */
    void multiAgencyReviews(HarmSummary harm, CareStatus care, ReferralHistory referrals) {
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
                meetings.add(MeetingKind.MULTI_AGENCY_REVIEW, held, p, -1, -1, who);
                d += 7L * Draw.between(random, 10, 16);
            }
        }
    }
}
