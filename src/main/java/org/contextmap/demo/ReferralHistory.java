package org.contextmap.demo;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.person.SocialCareStatus;

/**
 * Safeguarding referrals, in the patterns the practice reviews describe. Most serious
 * victimisations lead to a referral within days — but not all, and a knife injury seen in the
 * emergency department is not always referred the same day (KBSP brief). Some children are
 * referred again by another agency within weeks, without the two being joined up (Herefordshire
 * CSPR learning point 1). A few children are referred again and again and each time it ends in no
 * further action or early help (Young Person F: eight referrals). Referrers are usually told the
 * outcome within two working days, sometimes late, sometimes never; a few recent referrals are
 * still pending.
 */
final class ReferralHistory {

    static final String[] LEVELS = {"Level 2", "Level 3", "Level 4"};
    private static final Agency[] SECOND_OPINIONS = {Agency.EDUCATION, Agency.HEALTH, Agency.VOLUNTARY,
        Agency.YOUTH_JUSTICE, Agency.HOUSING, Agency.POLICE};

    private final Population people;
    private final IncidentHistory incidents;
    private final CityCalendar calendar;
    private final SplittableRandom random;

    private final IntList person = new IntList(1024);
    private final IntList received = new IntList(1024);
    private final IntList agency = new IntList(1024);
    private final IntList level = new IntList(1024);
    private final IntList outcome = new IntList(1024);
    private final IntList outcomeDay = new IntList(1024);
    private final IntList notifiedDay = new IntList(1024);

    /** Referral i in date order is creation index order[i]. */
    private int[] order;

    ReferralHistory(Population people, IncidentHistory incidents, CareStatus care, CityCalendar calendar,
            SplittableRandom random) {
        this.people = people;
        this.incidents = incidents;
        this.calendar = calendar;
        this.random = random;
        afterIncidents();
        background();
        repeatedWithoutAction(care);
        openCases(care);
        sortByDate();
    }

    int size() {
        return order.length;
    }

    int person(int i) {
        return person.get(order[i]);
    }

    long receivedDay(int i) {
        return received.get(order[i]);
    }

    Agency agency(int i) {
        return Agency.values()[agency.get(order[i])];
    }

    String level(int i) {
        return LEVELS[level.get(order[i])];
    }

    ReferralOutcome outcome(int i) {
        int o = outcome.get(order[i]);
        return o < 0 ? null : ReferralOutcome.values()[o];
    }

    long outcomeDay(int i) {
        return outcomeDay.get(order[i]);
    }

    long notifiedDay(int i) {
        return notifiedDay.get(order[i]);
    }

    private void afterIncidents() {
        for (int i = 0; i < incidents.count; i++) {
            long day = calendar.dayOf(incidents.minute[i]);
            IncidentType type = incidents.type(i);
            boolean serious = incidents.seriousHarm(i);
            Agency source = incidents.source(i);
            for (int j = incidents.involvementStart[i]; j < incidents.involvementStart[i + 1]; j++) {
                int p = incidents.involvementPerson[j];
                Role role = incidents.role(j);
                if (role == Role.VICTIM) {
                    if (type == IncidentType.SEXUAL_ABUSE) {
                        maybe(0.65, p, day, Draw.between(random, 0, 4), pick(Agency.EDUCATION, Agency.POLICE,
                                Agency.HEALTH), 1 + random.nextInt(2));
                    } else if (type == IncidentType.EXPLOITATION) {
                        maybe(0.55, p, day, Draw.between(random, 0, 10), pick(Agency.POLICE, Agency.EDUCATION,
                                Agency.YOUTH_JUSTICE, Agency.VOLUNTARY), 1 + random.nextInt(2));
                    } else if (type == IncidentType.MISSING_EPISODE) {
                        maybe(0.2, p, day, Draw.between(random, 0, 3), Agency.POLICE, random.nextInt(2));
                    } else if (serious) {
                        Agency from = source == Agency.SOCIAL_CARE ? Agency.POLICE : source;
                        int delay = source == Agency.HEALTH
                                ? (Draw.chance(random, 0.65) ? random.nextInt(2) : Draw.between(random, 2, 10))
                                : Draw.between(random, 0, 5);
                        int lvl = Draw.weighted(random, new double[] {10, 55, 35});
                        if (maybe(source == Agency.HEALTH ? 0.75 : 0.7, p, day, delay, from, lvl)
                                && Draw.chance(random, 0.22)) {
                            Agency second = from;
                            while (second == from) {
                                second = SECOND_OPINIONS[random.nextInt(SECOND_OPINIONS.length)];
                            }
                            maybe(1, p, day + delay, Draw.between(random, 3, 85), second,
                                    Draw.weighted(random, new double[] {35, 50, 15}));
                        }
                    }
                } else if (role == Role.SUSPECT && type == IncidentType.SEXUAL_ABUSE) {
                    maybe(0.25, p, day, Draw.between(random, 1, 10), pick(Agency.EDUCATION, Agency.POLICE),
                            1 + random.nextInt(2));
                }
            }
        }
    }

    /** Referrals for other worries — neglect, behaviour, mental health — rising with vulnerability. */
    private void background() {
        Mix<Agency> agencies = Mix.of(Agency.EDUCATION, 30).and(Agency.HEALTH, 15).and(Agency.POLICE, 15)
                .and(Agency.VOLUNTARY, 10).and(Agency.PARENT_CARER, 8).and(Agency.HOUSING, 7)
                .and(Agency.YOUTH_JUSTICE, 5).and(Agency.YOUNG_PERSON, 3).and(Agency.PROBATION, 2);
        for (int p = 0; p < people.size; p++) {
            if (!Draw.chance(random, Math.min(0.5, 0.05 * people.vulnerability[p] / people.meanVulnerability))) {
                continue;
            }
            int count = Draw.chance(random, 0.8) ? 1 : 2;
            for (int k = 0; k < count; k++) {
                long day = calendar.startDay + random.nextInt(calendar.days);
                add(p, day, agencies.pick(random), Draw.weighted(random, new double[] {60, 35, 5}), -1);
            }
        }
    }

    /** About one child in 170 is referred three to six times in a year, each ending in NFA or early help. */
    private void repeatedWithoutAction(CareStatus care) {
        int wanted = Math.max(2, people.size / 170);
        Agency[] referrers = {Agency.EDUCATION, Agency.POLICE, Agency.HEALTH, Agency.VOLUNTARY, Agency.PARENT_CARER,
            Agency.HOUSING};
        for (int attempt = 0; attempt < wanted * 20 && wanted > 0; attempt++) {
            int p = random.nextInt(people.size);
            SocialCareStatus status = care.status[p];
            if ((status != SocialCareStatus.NONE && status != SocialCareStatus.EARLY_HELP)
                    || people.vulnerability[p] < people.meanVulnerability) {
                continue;
            }
            long first = calendar.startDay + random.nextInt(Math.max(1, calendar.days - 365));
            int count = Draw.between(random, 3, 6);
            for (int k = 0; k < count; k++) {
                long day = first + random.nextInt(360);
                int forced = Draw.chance(random, 0.75) ? ReferralOutcome.NFA.ordinal()
                        : ReferralOutcome.EARLY_HELP.ordinal();
                add(p, day, referrers[random.nextInt(referrers.length)], random.nextInt(2), forced);
            }
            wanted--;
        }
    }

    /** Children open to social care were referred at some point; for a third of them it was in these two years. */
    private void openCases(CareStatus care) {
        for (int p = 0; p < people.size; p++) {
            SocialCareStatus status = care.status[p];
            if (status == SocialCareStatus.NONE || status == SocialCareStatus.EARLY_HELP
                    || !Draw.chance(random, 0.35)) {
                continue;
            }
            long day = calendar.startDay + random.nextInt(calendar.days);
            int forced = Draw.chance(random, 0.6) ? ReferralOutcome.ASSESSMENT.ordinal()
                    : ReferralOutcome.STRATEGY_DISCUSSION.ordinal();
            add(p, day, pick(Agency.EDUCATION, Agency.POLICE, Agency.HEALTH), 1 + random.nextInt(2), forced);
        }
    }

    private boolean maybe(double chance, int p, long day, int delay, Agency from, int lvl) {
        if (!Draw.chance(random, chance)) {
            return false;
        }
        return add(p, day + delay, from, lvl, -1);
    }

    private boolean add(int p, long day, Agency from, int lvl, int forcedOutcome) {
        if (day > calendar.endDay || !incidents.alive(p, day, calendar)) {
            return false;
        }
        int result = forcedOutcome >= 0 ? forcedOutcome : outcomeFor(lvl);
        long decided = CityCalendar.addWorkingDays(day, result >= ReferralOutcome.ASSESSMENT.ordinal()
                ? Draw.between(random, 1, 3) : Draw.between(random, 1, 10));
        long told = -1;
        if (decided > calendar.endDay || Draw.chance(random, 0.02)) {
            result = -1;
            decided = -1;
        } else {
            double u = random.nextDouble();
            if (u < 0.65) {
                told = CityCalendar.addWorkingDays(decided, random.nextInt(3));
            } else if (u < 0.85) {
                told = CityCalendar.addWorkingDays(decided, Draw.between(random, 3, 25));
            }
            if (told > calendar.endDay) {
                told = -1;
            }
        }
        person.add(p);
        received.add((int) day);
        agency.add(from.ordinal());
        level.add(lvl);
        outcome.add(result);
        outcomeDay.add((int) decided);
        notifiedDay.add((int) told);
        return true;
    }

    private int outcomeFor(int lvl) {
        double[] weights = switch (lvl) {
            case 0 -> new double[] {45, 45, 10, 0};
            case 1 -> new double[] {25, 25, 40, 10};
            default -> new double[] {10, 0, 40, 50};
        };
        return Draw.weighted(random, weights);
    }

    private Agency pick(Agency... agencies) {
        return agencies[random.nextInt(agencies.length)];
    }

    private void sortByDate() {
        int n = person.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) received.get(i) << 32 | i;
        }
        Arrays.sort(keys);
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
    }
}
