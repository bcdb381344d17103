package org.contextmap.demo;

import java.util.Arrays;
import java.util.PriorityQueue;
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
 * weekends and in the evening), with a type mix that is mostly assaults, threats and robberies,
 * fewer stabbings, rare shootings, and some weapon possession, exploitation, missing episodes and
 * sexual abuse ({@link HarmProfile}). Victims and suspects are drawn by {@link Exposure}, so harm
 * concentrates on a minority; some victims are harmed again within ten months (repeat
 * victimisation, most often within weeks of the first; Bristol Rapid Review No. 7 describes two
 * assaults in ten months), and missing
 * episodes and exploitation repeat even more. Serious violence is often between groups in conflict
 * ({@link ActiveConflicts}): the victim is then drawn from one group and the suspects from the other,
 * co-suspects from the main suspect's network.
 *
 * <p><b>Retaliation.</b> A serious incident between associates of two groups in conflict raises,
 * for days to about four months, the chance of a follow-up in the other direction: the earlier
 * victim's associates (their network neighbours in the group, sometimes the victim) as suspects
 * and the earlier suspects or their group as victims. Delays are log-normal with a median of 25
 * days, capped at 125 days — the mean lag between a shooting and its "infector" that Green, Horel
 * &amp; Papachristos (2017, JAMA Internal Medicine) found in Chicago's co-offending network.
 * Follow-ups can trigger follow-ups, so retaliation chains appear; the branching ratio stays well
 * below one, so the process is stable.
 *
 * <p>The total is exactly {@code people × incidentsPerPerson}: incidents outside every chain are
 * dropped, or background incidents added, at the end.
 */
final class IncidentSimulator {

    private static final int DAY = CityCalendar.MINUTES_PER_DAY;
    private static final int REPEAT_WINDOW = 300 * DAY;
    private static final int REPEAT_MEAN_DAYS = 45;
    /**
     * The share of local violence that falls on someone already harmed in the last ten months:
     * repeats are about four in ten violent victimisations in the British Crime Survey (Farrell
     * &amp; Pease 1993); the rest of the concentration comes from the victims' exposure.
     */
    private static final double REPEAT_SHARE = 0.3;
    private static final double BACKGROUND_SHARE = 0.9;
    private static final double[] HOUR_WEIGHTS = {2, 1.5, 1, 0.6, 0.4, 0.3, 0.4, 0.8, 1.5, 1, 1, 1.2, 1.6, 1.6,
        1.8, 3.5, 4.5, 5, 5.5, 6, 6, 5.5, 4.5, 3};

    private final Population people;
    private final PeerGroups groups;
    private final SocialNetwork network;
    private final Geography map;
    private final CityCalendar calendar;
    private final SplittableRandom random;
    private final int horizon;

    private final Exposure exposure;
    private final ActiveConflicts conflicts;
    private final IncidentPlaces places;
    private final IncidentLog log = new IncidentLog();
    private final IncidentCast cast = new IncidentCast();

    private final RecentVictims violence = new RecentVictims();
    private final RecentVictims exploitation = new RecentVictims();
    private final RecentVictims missing = new RecentVictims();

    /** Follow-ups waiting to happen: (minute << 32 | index into {@link #followUpOf}). */
    private final PriorityQueue<Long> pending = new PriorityQueue<>();
    private final IntList followUpOf = new IntList();

    IncidentSimulator(Population people, PeerGroups groups, SocialNetwork network, Geography map,
            CityCalendar calendar, SplittableRandom random) {
        this.people = people;
        this.groups = groups;
        this.network = network;
        this.map = map;
        this.calendar = calendar;
        this.random = random;
        this.horizon = calendar.days * DAY;
        this.exposure = new Exposure(people, groups, map, calendar, random);
        this.conflicts = new ActiveConflicts(groups, calendar, random);
        this.places = new IncidentPlaces(people, map, calendar, random);
    }

    IncidentHistory run(int target) {
        int background = (int) Math.round(target * BACKGROUND_SHARE);
        int[] times = new int[background];
        for (int i = 0; i < background; i++) {
            times[i] = backgroundMinute();
        }
        Arrays.sort(times);
        int next = 0;
        while (next < background || !pending.isEmpty()) {
            if (!pending.isEmpty() && (next == background || (pending.peek() >>> 32) <= times[next])) {
                long item = pending.poll();
                retaliation((int) (item >>> 32), followUpOf.get((int) item));
            } else {
                background(times[next++], false);
            }
        }
        adjustTo(target);
        return log.finish(exposure.deathMinutes());
    }

    // ---- arrival times

    private int backgroundMinute() {
        while (true) {
            int day = random.nextInt(calendar.days);
            long epochDay = calendar.startDay + day;
            int dayOfYear = calendar.date(epochDay).getDayOfYear();
            double w = (1 + 0.2 * Math.sin(2 * Math.PI * (dayOfYear - 100) / 365.0))
                    * (CityCalendar.isWeekend(epochDay) ? 1.15 : 1.0);
            if (random.nextDouble() * 1.4 < w) {
                return day * DAY + timeOfDay();
            }
        }
    }

    private int timeOfDay() {
        return Draw.weighted(random, HOUR_WEIGHTS) * 60 + random.nextInt(60);
    }

    // ---- incidents

    /** A background incident; {@code extra} ones (added at the end) trigger nothing and repeat nobody. */
    private void background(int t, boolean extra) {
        IncidentType type = HarmProfile.background(random);
        Weapon weapon = HarmProfile.weapon(type, random);
        Severity severity = HarmProfile.severity(type, weapon, false, random);
        cast.clear();
        int area = switch (type) {
            case ASSAULT, STABBING, SHOOTING, ROBBERY, THREAT -> violence(t, type, extra);
            case WEAPON_POSSESSION -> possession(t);
            case EXPLOITATION -> exploitation(t, extra);
            case MISSING_EPISODE -> missingEpisode(t, extra);
            case SEXUAL_ABUSE -> sexualAbuse(t);
            default -> other(t);
        };
        if (area < 0) {
            cast.clear();
            type = IncidentType.OTHER;
            weapon = Weapon.NONE;
            severity = Severity.LOW;
            area = exposure.area();
            cast.add(exposure.victimIn(area, t, cast), Role.PRESENT);
        }
        addBystanders(t, area, type);
        record(t, type, severity, weapon, area, false, extra);
    }

    /** Assault, threat, robbery, stabbing or shooting: between groups in conflict, or local. */
    private int violence(int t, IncidentType type, boolean extra) {
        if (Draw.chance(random, HarmProfile.intergroupShare(type))) {
            int area = betweenGroups(t);
            if (area >= 0) {
                return area;
            }
            cast.clear();
        }
        int victim = !extra && Draw.chance(random, REPEAT_SHARE) ? violence.recent(t) : -1;
        if (victim < 0) {
            victim = exposure.victimIn(exposure.area(), t, cast);
        }
        if (!cast.add(victim, Role.VICTIM)) {
            return -1;
        }
        if (!Draw.chance(random, HarmProfile.unknownSuspectShare(type))) {
            int area = people.area[victim];
            int[] near = map.nearestAreas[area];
            if (near.length > 0 && Draw.chance(random, 0.3)) {
                area = near[random.nextInt(near.length)];
            }
            int suspect = exposure.suspectIn(area, t, cast);
            if (cast.add(suspect, Role.SUSPECT)) {
                addCoSuspects(suspect, -1, t, Draw.weighted(random, new double[] {0.6, 0.25, 0.15}));
            }
        }
        return places.area(victim, -1);
    }

    private int betweenGroups(int t) {
        PeerGroups.Relation conflict = conflicts.pick(t);
        if (conflict == null) {
            return -1;
        }
        boolean flip = random.nextBoolean();
        int victimsGroup = flip ? conflict.a() : conflict.b();
        int suspectsGroup = flip ? conflict.b() : conflict.a();
        int victim = exposure.member(victimsGroup, exposure.victimWeight, t, cast);
        if (!cast.add(victim, Role.VICTIM)) {
            return -1;
        }
        int suspect = exposure.member(suspectsGroup, exposure.suspectWeight, t, cast);
        if (!cast.add(suspect, Role.SUSPECT)) {
            return -1;
        }
        addCoSuspects(suspect, suspectsGroup, t, Draw.weighted(random, new double[] {0.5, 0.3, 0.2}));
        return places.area(victim, suspect);
    }

    private int possession(int t) {
        int suspect = exposure.suspectIn(exposure.area(), t, cast);
        if (!cast.add(suspect, Role.SUSPECT)) {
            return -1;
        }
        if (Draw.chance(random, 0.25)) {
            addFriends(suspect, Role.PRESENT, t, 1 + random.nextInt(2));
        }
        return people.area[suspect];
    }

    /** Exploitation, mostly of younger group members by older ones; it often recurs. */
    private int exploitation(int t, boolean extra) {
        int victim = !extra && Draw.chance(random, 0.35) ? exploitation.recent(t) : -1;
        if (victim < 0) {
            victim = exposure.exploitationVictim(t, cast);
        }
        if (!cast.add(victim, Role.VICTIM)) {
            return -1;
        }
        if (Draw.chance(random, 0.55)) {
            int g = groups.groupOf[victim];
            for (int attempt = 0; attempt < 6; attempt++) {
                int q = g >= 0 && groups.memberCount(g) > 0
                        ? groups.members[groups.memberStart[g] + random.nextInt(groups.memberCount(g))]
                        : exposure.suspectIn(people.area[victim], t, cast);
                if (q >= 0 && people.age[q] >= people.age[victim] + 2 && exposure.available(q, t, cast)) {
                    cast.add(q, Role.SUSPECT);
                    break;
                }
            }
        }
        return people.area[victim];
    }

    private int missingEpisode(int t, boolean extra) {
        int child = !extra && Draw.chance(random, 0.45) ? missing.recent(t) : -1;
        if (child < 0) {
            child = exposure.missingChild(t, cast);
        }
        if (!cast.add(child, Role.VICTIM)) {
            return -1;
        }
        if (Draw.chance(random, 0.1)) {
            addFriends(child, Role.PRESENT, t, 1);
        }
        int[] near = map.nearestAreas[people.area[child]];
        return near.length > 0 && Draw.chance(random, 0.3) ? near[0] : people.area[child];
    }

    /** Mostly peer-on-peer: both children need a response of their own (Herefordshire CSPR). */
    private int sexualAbuse(int t) {
        int victim = exposure.sexualHarmVictim(t, cast);
        if (!cast.add(victim, Role.VICTIM)) {
            return -1;
        }
        if (Draw.chance(random, 0.65)) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int q = Draw.chance(random, 0.5) ? network.randomNeighbour(victim, random)
                        : exposure.suspectIn(people.area[victim], t, cast);
                if (q >= 0 && exposure.available(q, t, cast) && Math.abs(people.age[q] - people.age[victim]) <= 3
                        && people.familyOf[q] != people.familyOf[victim]
                        && (people.isMale(q) || Draw.chance(random, 0.15))) {
                    cast.add(q, Role.SUSPECT);
                    break;
                }
            }
        }
        return people.area[victim];
    }

    /** Disorder and antisocial behaviour: a victim and a suspect, or only young people present. */
    private int other(int t) {
        int area = exposure.area();
        if (Draw.chance(random, 0.7)) {
            cast.add(exposure.victimIn(area, t, cast), Role.VICTIM);
            if (Draw.chance(random, 0.5)) {
                cast.add(exposure.suspectIn(area, t, cast), Role.SUSPECT);
            }
        } else {
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                cast.add(exposure.suspectIn(area, t, cast), Role.PRESENT);
            }
        }
        return cast.size() == 0 ? -1 : area;
    }

    /** The follow-up of a serious incident between groups in conflict, the other way round. */
    private void retaliation(int t, int earlier) {
        int victimsBefore = log.victimGroup(earlier);
        int suspectsBefore = log.suspectGroup(earlier);
        int earlierVictim = log.first(earlier, Role.VICTIM);
        IncidentType type = HarmProfile.retaliation(random);
        Weapon weapon = HarmProfile.weapon(type, random);
        Severity severity = HarmProfile.severity(type, weapon, true, random);
        cast.clear();
        int victim = -1;
        IntList earlierSuspects = log.all(earlier, Role.SUSPECT);
        if (earlierSuspects.size() > 0 && Draw.chance(random, 0.45)) {
            int q = earlierSuspects.get(random.nextInt(earlierSuspects.size()));
            if (groups.isMember(q, suspectsBefore) && exposure.eligible(q, t)) {
                victim = q;
            }
        }
        if (victim < 0) {
            victim = exposure.member(suspectsBefore, exposure.victimWeight, t, cast);
        }
        if (!cast.add(victim, Role.VICTIM)) {
            background(t, false);
            return;
        }
        int wanted = 1 + Draw.weighted(random, new double[] {0.5, 0.3, 0.2});
        if (earlierVictim >= 0 && exposure.eligible(earlierVictim, t) && Draw.chance(random, 0.3)
                && cast.add(earlierVictim, Role.SUSPECT)) {
            wanted--;
        }
        if (earlierVictim >= 0) {
            for (int j = network.adjStart[earlierVictim]; j < network.adjStart[earlierVictim + 1] && wanted > 0; j++) {
                int q = network.adj[j];
                if (groups.isMember(q, victimsBefore) && exposure.eligible(q, t) && Draw.chance(random, 0.5)
                        && cast.add(q, Role.SUSPECT)) {
                    wanted--;
                }
            }
        }
        for (int attempt = 0; attempt < 6 && wanted > 0; attempt++) {
            if (cast.add(exposure.member(victimsBefore, exposure.suspectWeight, t, cast), Role.SUSPECT)) {
                wanted--;
            }
        }
        if (cast.count(Role.SUSPECT) == 0) {
            background(t, false);
            return;
        }
        addBystanders(t, people.area[victim], type);
        int area = places.area(victim, cast.first(Role.SUSPECT));
        record(t, type, severity, weapon, area, true, false);
    }

    // ---- the people around an incident

    private void addCoSuspects(int suspect, int group, int t, int count) {
        for (int j = network.adjStart[suspect]; j < network.adjStart[suspect + 1] && count > 0; j++) {
            int q = network.adj[j];
            if ((group < 0 || groups.isMember(q, group)) && Draw.chance(random, 0.4) && exposure.eligible(q, t)
                    && cast.add(q, Role.SUSPECT)) {
                count--;
            }
        }
        for (int attempt = 0; attempt < 4 && count > 0 && group >= 0; attempt++) {
            if (cast.add(exposure.member(group, exposure.suspectWeight, t, cast), Role.SUSPECT)) {
                count--;
            }
        }
    }

    private void addFriends(int p, Role role, int t, int count) {
        for (int attempt = 0; attempt < 4 * count && count > 0; attempt++) {
            int q = network.randomNeighbour(p, random);
            if (q >= 0 && exposure.eligible(q, t) && cast.add(q, role)) {
                count--;
            }
        }
    }

    /** Witnesses in some incidents (friends of the victim, or locals), people present in others. */
    private void addBystanders(int t, int area, IncidentType type) {
        if (type == IncidentType.MISSING_EPISODE || type == IncidentType.EXPLOITATION) {
            return;
        }
        int victim = cast.first(Role.VICTIM);
        if (Draw.chance(random, 0.18)) {
            int count = 1 + random.nextInt(2);
            for (int attempt = 0; attempt < 4 && count > 0; attempt++) {
                int q = victim >= 0 && Draw.chance(random, 0.6) ? network.randomNeighbour(victim, random)
                        : exposure.victimIn(area, t, cast);
                if (q >= 0 && exposure.eligible(q, t) && cast.add(q, Role.WITNESS)) {
                    count--;
                }
            }
        }
        int suspect = cast.first(Role.SUSPECT);
        if (Draw.chance(random, 0.10) && (suspect >= 0 || victim >= 0)) {
            addFriends(suspect >= 0 ? suspect : victim, Role.PRESENT, t, 1 + random.nextInt(2));
        }
    }

    // ---- recording

    private void record(int t, IncidentType type, Severity severity, Weapon weapon, int area, boolean followUp,
            boolean extra) {
        int victim = cast.first(Role.VICTIM);
        int where = places.place(t, area, type, victim >= 0 ? victim : cast.size() > 0 ? cast.person(0) : -1);
        Agency source = HarmProfile.source(type, severity, places.isSchool(where), random);
        int[] groupsInConflict = conflictPair(victim);
        int index = log.add(t, type, severity, weapon, source, where, followUp,
                followUp && Draw.chance(random, 0.3), cast, groupsInConflict[0], groupsInConflict[1]);
        if (victim >= 0 && !extra) {
            switch (type) {
                case EXPLOITATION -> exploitation.add(victim, t);
                case MISSING_EPISODE -> missing.add(victim, t);
                case SEXUAL_ABUSE, OTHER -> {
                }
                default -> violence.add(victim, t);
            }
        }
        if (victim >= 0 && severity == Severity.FATAL) {
            exposure.died(victim, t);
        }
        if (!extra && groupsInConflict[0] >= 0 && HarmProfile.violent(type)) {
            scheduleRetaliation(index, t, HarmProfile.seriousHarm(type, severity, weapon) ? 0.6
                    : severity == Severity.MODERATE ? 0.15 : 0.05);
        }
        cast.clear();
    }

    private void scheduleRetaliation(int index, int t, double chance) {
        if (!Draw.chance(random, chance)) {
            return;
        }
        int delayDays = (int) Math.round(Math.exp(Math.log(25) + 0.8 * random.nextGaussian()));
        delayDays = Math.max(2, Math.min(125, delayDays));
        int when = (t / DAY + delayDays) * DAY + timeOfDay();
        if (when < horizon) {
            pending.add((long) when << 32 | followUpOf.size());
            followUpOf.add(index);
            log.markFollowedUp(index);
        }
    }

    /** (victim's group, suspect's group) when the victim and a suspect belong to groups in conflict. */
    private int[] conflictPair(int victim) {
        if (victim < 0) {
            return new int[] {-1, -1};
        }
        int[] victimGroups = {groups.groupOf[victim], groups.secondGroupOf[victim]};
        for (int k = 0; k < cast.size(); k++) {
            if (cast.role(k) != Role.SUSPECT.ordinal()) {
                continue;
            }
            int s = cast.person(k);
            for (int gv : victimGroups) {
                for (int gs : new int[] {groups.groupOf[s], groups.secondGroupOf[s]}) {
                    if (groups.inConflict(gv, gs)) {
                        return new int[] {gv, gs};
                    }
                }
            }
        }
        return new int[] {-1, -1};
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
            background(backgroundMinute(), true);
        }
    }

    /** Victims in time order, to draw a recent one for repeat victimisation (within ten months). */
    private final class RecentVictims {

        private final IntList people = new IntList();
        private final IntList minutes = new IntList();

        void add(int person, int minute) {
            people.add(person);
            minutes.add(minute);
        }

        /**
         * A victim harmed within the window before {@code t}, the recently harmed more likely: the
         * time back is exponential with a mean of {@value #REPEAT_MEAN_DAYS} days, because the risk of
         * a repeat is greatest in the weeks after the first harm (Farrell &amp; Pease 1993, "Once
         * bitten, twice bitten"; Polvi et al. 1991). -1 when nobody was harmed then.
         */
        int recent(int t) {
            int back = (int) Math.min(REPEAT_WINDOW, -Math.log(1 - random.nextDouble()) * REPEAT_MEAN_DAYS * DAY);
            int target = t - back;
            int lo = 0;
            int hi = minutes.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (minutes.get(mid) <= target) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int at = lo - 1;
            if (at < 0 || minutes.get(at) < t - REPEAT_WINDOW) {
                return -1;
            }
            int p = people.get(at);
            return exposure.available(p, t, cast) ? p : -1;
        }
    }
}
