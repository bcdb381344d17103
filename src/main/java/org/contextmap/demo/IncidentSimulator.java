package org.contextmap.demo;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;

/**
 * Simulates two years of incidents as a self-exciting (Hawkes-type) point process over the
 * social network and the map.
 *
 * <p><b>Background.</b> About nine incidents in ten arrive at random times (more in summer, at
 * weekends and in the evening; {@link IncidentArrivals}), with a type mix that is mostly assaults,
 * threats and robberies, fewer stabbings, rare shootings, and some weapon possession,
 * exploitation, missing episodes and sexual abuse ({@link HarmProfile}). Victims and suspects are
 * drawn by {@link Exposure}, so harm concentrates on a minority; some victims are harmed again
 * within ten months, and serious violence is often between groups in conflict
 * ({@link BackgroundCasting}).
 *
 * <p><b>Retaliation.</b> A serious incident between associates of two groups in conflict raises,
 * for days to about four months, the chance of a follow-up in the other direction, with the delays
 * that Green, Horel &amp; Papachristos (2017) found in Chicago's co-offending network
 * ({@link Retaliation}). Follow-ups can trigger follow-ups, so retaliation chains appear; the
 * branching ratio stays well below one, so the process is stable.
 *
 * <p>The total is exactly {@code people × incidentsPerPerson}: incidents outside every chain are
 * dropped, or background incidents added, at the end.
 */
final class IncidentSimulator {

    private static final double BACKGROUND_SHARE = 0.9;

    private final Population people;
    private final SplittableRandom random;

    private final Exposure exposure;
    private final IncidentPlaces places;
    private final IncidentArrivals arrivals;
    private final IncidentLog log = new IncidentLog();
    private final IncidentCast cast = new IncidentCast();
    private final SupportingCast supporting;
    private final BackgroundCasting casting;
    private final Retaliation retaliation;

    IncidentSimulator(Population people, PeerGroups groups, SocialNetwork network, Geography map,
            CityCalendar calendar, SplittableRandom random) {
        this.people = people;
        this.random = random;
        // The order matters: Exposure and ActiveConflicts draw from the stream as they are built.
        this.exposure = new Exposure(people, groups, map, calendar, random);
        ActiveConflicts conflicts = new ActiveConflicts(groups, calendar, random);
        this.places = new IncidentPlaces(people, map, calendar, random);
        this.arrivals = new IncidentArrivals(calendar, random);
        this.supporting = new SupportingCast(groups, network, exposure, cast, random);
        this.casting = new BackgroundCasting(people, groups, network, map, exposure, conflicts, places, cast,
                supporting, random);
        this.retaliation = new Retaliation(groups, network, exposure, log, cast, arrivals, calendar, random);
    }

    IncidentHistory run(int target) {
        int background = (int) Math.round(target * BACKGROUND_SHARE);
        int[] times = new int[background];
        for (int i = 0; i < background; i++) {
            times[i] = arrivals.backgroundMinute();
        }
        Arrays.sort(times);
        int next = 0;
        while (next < background || retaliation.hasPending()) {
            if (retaliation.hasPending() && (next == background || retaliation.nextMinute() <= times[next])) {
                int t = retaliation.nextMinute();
                followUp(t, retaliation.takeNext());
            } else {
                background(times[next++], false);
            }
        }
        adjustTo(target);
        return log.finish(exposure.deathMinutes());
    }

    /** A background incident; {@code extra} ones (added at the end) trigger nothing and repeat nobody. */
    private void background(int t, boolean extra) {
        IncidentType type = HarmProfile.background(random);
        Weapon weapon = HarmProfile.weapon(type, random);
        Severity severity = HarmProfile.severity(type, weapon, false, random);
        cast.clear();
        int area = casting.cast(t, type, extra);
        if (area < 0) {
            cast.clear();
            type = IncidentType.OTHER;
            weapon = Weapon.NONE;
            severity = Severity.LOW;
            area = exposure.area();
            cast.add(exposure.victimIn(area, t, cast), Role.PRESENT);
        }
        supporting.addBystanders(t, area, type);
        record(t, type, severity, weapon, area, false, extra);
    }

    /** The follow-up of a serious incident between groups in conflict, the other way round. */
    private void followUp(int t, int earlier) {
        IncidentType type = HarmProfile.retaliation(random);
        Weapon weapon = HarmProfile.weapon(type, random);
        Severity severity = HarmProfile.severity(type, weapon, true, random);
        cast.clear();
        int victim = retaliation.cast(t, earlier);
        if (victim < 0) {
            background(t, false);
            return;
        }
        supporting.addBystanders(t, people.area[victim], type);
        int area = places.area(victim, cast.first(Role.SUSPECT));
        record(t, type, severity, weapon, area, true, false);
    }

    private void record(int t, IncidentType type, Severity severity, Weapon weapon, int area, boolean followUp,
            boolean extra) {
        int victim = cast.first(Role.VICTIM);
        int where = places.place(t, area, type, victim >= 0 ? victim : cast.size() > 0 ? cast.person(0) : -1);
        Agency source = HarmProfile.source(type, severity, places.isSchool(where), random);
        int[] groupsInConflict = retaliation.conflictPair(victim);
        int index = log.add(t, type, severity, weapon, source, where, followUp,
                followUp && Draw.chance(random, 0.3), cast, groupsInConflict[0], groupsInConflict[1]);
        if (victim >= 0 && !extra) {
            casting.harmed(victim, t, type);
        }
        if (victim >= 0 && severity == Severity.FATAL) {
            exposure.died(victim, t);
        }
        if (!extra && groupsInConflict[0] >= 0 && HarmProfile.violent(type)) {
            retaliation.schedule(index, t, HarmProfile.seriousHarm(type, severity, weapon) ? 0.6
                    : severity == Severity.MODERATE ? 0.15 : 0.05);
        }
        cast.clear();
    }

    /** Drops incidents outside every chain, or adds background ones, so the total is the target. */
    private void adjustTo(int target) {
        int total = log.size();
        int drop = total - target;
        for (long attempt = 0; drop > 0 && attempt < 50L * total; attempt++) {
            if (log.dropIfOutsideChains(random.nextInt(total))) {
                drop--;
            }
        }
        for (int i = total; i < target; i++) {
            background(arrivals.backgroundMinute(), true);
        }
    }
}
