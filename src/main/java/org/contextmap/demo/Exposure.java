package org.contextmap.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Who is exposed to which harm, and who is suspected of causing it. Exposure grows with
 * vulnerability, age and peer-group involvement (core members most) and has a heavy-tailed
 * individual factor, so that harm concentrates on a minority, as it does in every city that has
 * looked (Green, Horel &amp; Papachristos 2017: most of a network's shootings among a small share
 * of its members). Boys are more often suspects and somewhat more often victims of violence;
 * girls more often victims of sexual harm; looked-after children much more often go missing.
 * Nobody is drawn before their tenth birthday or after they have died.
 */
final class Exposure {

    private static final int MIN_AGE_DAYS = 10 * 365 + 3;

    final double[] victimWeight;
    final double[] suspectWeight;
    private final AliasTable[] victimByArea;
    private final AliasTable[] suspectByArea;
    private final AliasTable areaByVictims;
    private final AliasTable exploitable;
    private final AliasTable goesMissing;
    private final AliasTable sexualHarm;
    private final int[] deathMinute;

    private final Population people;
    private final PeerGroups groups;
    private final CityCalendar calendar;
    private final SplittableRandom random;

    Exposure(Population people, PeerGroups groups, Geography map, CityCalendar calendar, SplittableRandom random) {
        this.people = people;
        this.groups = groups;
        this.calendar = calendar;
        this.random = random;
        int n = people.size;
        deathMinute = new int[n];
        Arrays.fill(deathMinute, Integer.MAX_VALUE);
        victimWeight = new double[n];
        suspectWeight = new double[n];
        double[] exploitation = new double[n];
        double[] missing = new double[n];
        double[] sexual = new double[n];
        for (int p = 0; p < n; p++) {
            double v = people.vulnerability[p] / people.meanVulnerability;
            boolean inGroup = groups.groupOf[p] >= 0;
            boolean male = people.isMale(p);
            boolean female = people.gender[p] == Gender.FEMALE;
            int age = people.age[p];
            double older = Math.max(0.2, Math.min(1.3, (age - 9) / 6.0));
            victimWeight[p] = Math.pow(v, 0.8) * (male ? 1.3 : 1.0) * older
                    * (groups.core[p] ? 4 : inGroup ? 2.5 : 1) * Draw.logNormal(random, 0.8);
            suspectWeight[p] = v * (male ? 2.5 : female ? 0.6 : 1.2) * older
                    * (groups.core[p] ? 8 : inGroup ? 4 : 1) * Draw.logNormal(random, 0.8);
            exploitation[p] = age < 12 || age > 18 ? 0.1 * v
                    : v * v * (inGroup ? 3 : 1) * (age <= 16 ? 1 : 0.4) * (people.inCare[p] ? 2.5 : 1);
            missing[p] = v * (people.inCare[p] ? 6 : 1) * (inGroup ? 1.5 : 1);
            sexual[p] = age < 12 ? 0.2 * v : v * (female ? 5 : male ? 1 : 2);
        }
        victimByArea = new AliasTable[map.areas];
        suspectByArea = new AliasTable[map.areas];
        double[] areaTotals = new double[map.areas];
        for (int a = 0; a < map.areas; a++) {
            int[] residents = Arrays.copyOfRange(people.areaMembers, people.areaStart[a], people.areaStart[a + 1]);
            double[] vw = new double[residents.length];
            double[] sw = new double[residents.length];
            for (int k = 0; k < residents.length; k++) {
                vw[k] = victimWeight[residents[k]];
                sw[k] = suspectWeight[residents[k]];
            }
            victimByArea[a] = new AliasTable(residents, vw);
            suspectByArea[a] = new AliasTable(residents, sw);
            areaTotals[a] = victimByArea[a].total();
        }
        areaByVictims = new AliasTable(areaTotals);
        exploitable = new AliasTable(exploitation);
        goesMissing = new AliasTable(missing);
        sexualHarm = new AliasTable(sexual);
    }

    /** A neighbourhood, in proportion to how much harm its residents are exposed to. */
    int area() {
        return areaByVictims.sample(random);
    }

    int victimIn(int area, int minute, IncidentCast cast) {
        return pick(victimByArea[area], minute, cast);
    }

    int suspectIn(int area, int minute, IncidentCast cast) {
        return pick(suspectByArea[area], minute, cast);
    }

    int exploitationVictim(int minute, IncidentCast cast) {
        return pick(exploitable, minute, cast);
    }

    int missingChild(int minute, IncidentCast cast) {
        return pick(goesMissing, minute, cast);
    }

    int sexualHarmVictim(int minute, IncidentCast cast) {
        return pick(sexualHarm, minute, cast);
    }

    /** A member of group g drawn by the weights (victim or suspect exposure), or -1. */
    int member(int g, double[] weights, int minute, IncidentCast cast) {
        if (g < 0) {
            return -1;
        }
        int from = groups.memberStart[g];
        int to = groups.memberStart[g + 1];
        double total = 0;
        for (int j = from; j < to; j++) {
            int p = groups.members[j];
            if (available(p, minute, cast)) {
                total += weights[p];
            }
        }
        if (total <= 0) {
            return -1;
        }
        double u = random.nextDouble() * total;
        int last = -1;
        for (int j = from; j < to; j++) {
            int p = groups.members[j];
            if (available(p, minute, cast)) {
                last = p;
                u -= weights[p];
                if (u < 0) {
                    return p;
                }
            }
        }
        return last;
    }

    /** Alive and at least ten years old at the minute. */
    boolean eligible(int person, int minute) {
        return deathMinute[person] > minute && calendar.dayOf(minute) - people.birthDay[person] >= MIN_AGE_DAYS;
    }

    boolean available(int person, int minute, IncidentCast cast) {
        return eligible(person, minute) && !cast.contains(person);
    }

    void died(int person, int minute) {
        deathMinute[person] = Math.min(deathMinute[person], minute);
    }

    int[] deathMinutes() {
        return deathMinute;
    }

    private int pick(AliasTable table, int minute, IncidentCast cast) {
        if (table.isEmpty()) {
            return -1;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            int p = table.sample(random);
            if (available(p, minute, cast)) {
                return p;
            }
        }
        return -1;
    }
}
