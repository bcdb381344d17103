package org.contextmap.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.contextmap.casework.EducationEventKind;

/**
 * Suspensions, permanent exclusions, managed moves, persistent and severe absence, and children
 * missing education. Rates follow English secondary-school patterns (roughly one pupil in ten
 * suspended in a year, a few in a thousand permanently excluded, one in ten persistently absent)
 * and rise with vulnerability, peer-group involvement and being suspected of offences — exclusion
 * is a known marker of risk of exploitation (Timpson review 2019; Young Person F review). Within a
 * family the risk is shared, and a sibling's exclusion or repeated suspensions raise it further:
 * "the sibling's exclusion was a warning". A permanent exclusion or managed move changes the
 * child's school; some excluded children then go missing from education.
 */
final class EducationHistory {

    static final EducationEventKind[] KINDS = EducationEventKind.values();

    final IntList person = new IntList(1024);
    final IntList school = new IntList(1024);
    final IntList day = new IntList(1024);
    final IntList kind = new IntList(1024);
    final IntList days = new IntList(1024);

    private final Population people;
    private final CityCalendar calendar;
    private final Geography map;
    private final SplittableRandom random;
    private final int[] termEnds;

    EducationHistory(Population people, PeerGroups groups, HarmSummary harm, IncidentHistory incidents,
            Geography map, CityCalendar calendar, SplittableRandom random) {
        this.people = people;
        this.calendar = calendar;
        this.map = map;
        this.random = random;
        this.termEnds = termEnds(calendar);
        for (int f = 0; f < people.families; f++) {
            boolean siblingWarning = false;
            for (int p = people.familyStart[f]; p < people.familyStart[f + 1]; p++) {
                if (people.school[p] < 0) {
                    continue;
                }
                double m = people.vulnerability[p] / people.meanVulnerability
                        * (groups.core[p] ? 3.5 : groups.groupOf[p] >= 0 ? 2.2 : 1)
                        * (1 + 0.25 * Math.min(4, harm.suspicions[p]))
                        * (people.send[p] ? 1.5 : 1) * (people.inCare[p] ? 1.5 : 1)
                        * (siblingWarning ? 1.8 : 1);
                long lastDay = incidents.deathMinute[p] == Integer.MAX_VALUE ? calendar.endDay
                        : calendar.dayOf(incidents.deathMinute[p]) - 1;
                if (pupil(p, m, lastDay)) {
                    siblingWarning = true;
                }
            }
        }
    }

    int size() {
        return person.size();
    }

    EducationEventKind kind(int i) {
        return KINDS[kind.get(i)];
    }

    /** Generates one child's events; true when they are a warning for the siblings. */
    private boolean pupil(int p, double m, long lastDay) {
        long firstDay = Math.max(calendar.startDay, people.birthdayAt(p, 11));
        if (firstDay >= lastDay) {
            return false;
        }
        int firstSchool = people.school[p];
        int suspensions = Math.min(8, Draw.poisson(random, 0.12 * m));
        boolean permanent = Draw.chance(random, Math.min(0.3, 0.0012 * m * (suspensions >= 2 ? 3 : 1)));
        boolean moved = !permanent && Draw.chance(random, Math.min(0.2, 0.003 * m * (suspensions >= 1 ? 2 : 1)));

        long changeDay = Long.MAX_VALUE;
        int laterSchool = firstSchool;
        if (permanent || moved) {
            changeDay = schoolDay(firstDay + (lastDay - firstDay) / 3, lastDay);
            if (changeDay < 0) {
                changeDay = Long.MAX_VALUE;
                permanent = false;
            } else {
                laterSchool = Draw.chance(random, permanent ? 0.7 : 1.0) ? otherSchool(p, firstSchool) : -1;
            }
        }
        int before = size();
        for (int k = 0; k < suspensions; k++) {
            long d = schoolDay(firstDay, Math.min(lastDay, changeDay - 1));
            if (d >= 0) {
                add(p, firstSchool, d, EducationEventKind.SUSPENSION, suspensionDays());
            }
        }
        if (changeDay != Long.MAX_VALUE) {
            add(p, firstSchool, changeDay,
                    permanent ? EducationEventKind.PERMANENT_EXCLUSION : EducationEventKind.MANAGED_MOVE, -1);
            people.school[p] = laterSchool;
            if (laterSchool >= 0 && Draw.poisson(random, 0.08 * m) > 0) {
                long d = schoolDay(changeDay + 10, lastDay);
                if (d >= 0) {
                    add(p, laterSchool, d, EducationEventKind.SUSPENSION, suspensionDays());
                }
            }
        }
        double missingChance = Math.min(0.2, 0.003 * m) + (permanent && laterSchool < 0 ? 0.5 : 0);
        if (Draw.chance(random, missingChance)) {
            long from = changeDay == Long.MAX_VALUE ? firstDay : changeDay + 15;
            long d = schoolDay(from, lastDay);
            if (d >= 0) {
                int at = d < changeDay ? firstSchool : laterSchool;
                add(p, Draw.chance(random, 0.5) ? -1 : at, d, EducationEventKind.MISSING_EDUCATION, -1);
            }
        }
        if (Draw.chance(random, Math.min(0.6, 0.09 * Math.pow(m, 0.7)))) {
            int terms = 1 + Draw.weighted(random, new double[] {0.5, 0.3, 0.2});
            for (int k = 0; k < terms; k++) {
                absence(p, firstDay, lastDay, changeDay, firstSchool, laterSchool,
                        EducationEventKind.PERSISTENT_ABSENCE, Draw.between(random, 8, 30));
            }
        }
        if (Draw.chance(random, Math.min(0.3, 0.012 * m))) {
            absence(p, firstDay, lastDay, changeDay, firstSchool, laterSchool, EducationEventKind.SEVERE_ABSENCE,
                    Draw.between(random, 33, 60));
        }
        return permanent || suspensions >= 2 || size() - before >= 4;
    }

    private void absence(int p, long firstDay, long lastDay, long changeDay, int firstSchool, int laterSchool,
            EducationEventKind kind, int daysAbsent) {
        int candidates = 0;
        for (int d : termEnds) {
            if (d >= firstDay && d <= lastDay) {
                candidates++;
            }
        }
        if (candidates == 0) {
            return;
        }
        int pick = random.nextInt(candidates);
        for (int d : termEnds) {
            if (d >= firstDay && d <= lastDay && pick-- == 0) {
                int at = d < changeDay ? firstSchool : laterSchool;
                if (at >= 0) {
                    add(p, at, d, kind, daysAbsent);
                }
                return;
            }
        }
    }

    private int suspensionDays() {
        return new int[] {1, 2, 3, 5, 10, 15}[Draw.weighted(random, new double[] {40, 25, 15, 12, 5, 3})];
    }

    private int otherSchool(int p, int current) {
        int[] near = map.areaSchools[people.area[p]];
        for (int attempt = 0; attempt < 6; attempt++) {
            int s = near[random.nextInt(near.length)];
            if (s != current) {
                return s;
            }
        }
        return current == 0 ? Math.min(1, map.schools - 1) : 0;
    }

    /** A random school day in [from, to], or -1 when there is none. */
    private long schoolDay(long from, long to) {
        if (to < from) {
            return -1;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            long d = from + (long) (random.nextDouble() * (to - from + 1));
            if (calendar.isSchoolDay(d)) {
                return d;
            }
        }
        return -1;
    }

    /** Unique on (person, date, kind, school), as the importer requires. */
    private void add(int p, int schoolIndex, long d, EducationEventKind k, int daysCount) {
        for (int i = size() - 1; i >= 0 && person.get(i) == p; i--) {
            if (day.get(i) == d && kind.get(i) == k.ordinal() && school.get(i) == schoolIndex) {
                return;
            }
        }
        person.add(p);
        school.add(schoolIndex);
        day.add((int) d);
        kind.add(k.ordinal());
        days.add(daysCount);
    }

    /** Days on which schools report termly absence: the last weekday before each holiday. */
    private static int[] termEnds(CityCalendar calendar) {
        IntList ends = new IntList();
        for (int year = calendar.start.getYear() - 1; year <= calendar.end.getYear(); year++) {
            for (LocalDate d : new LocalDate[] {LocalDate.of(year, 3, 28), LocalDate.of(year, 7, 19),
                LocalDate.of(year, 12, 18)}) {
                long e = d.toEpochDay();
                while (CityCalendar.isWeekend(e)) {
                    e--;
                }
                if (e >= calendar.startDay && e <= calendar.endDay) {
                    ends.add((int) e);
                }
            }
        }
        return ends.toArray();
    }
}
