package org.contextmap.demo;

import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;

/**
 * Who is involved in a background incident, by its type. Victims and suspects are drawn by
 * {@link Exposure}, so harm concentrates on a minority; some victims are harmed again within ten
 * months (repeat victimisation, most often within weeks of the first; Bristol Rapid Review No. 7
 * describes two assaults in ten months), and missing episodes and exploitation repeat even more.
 * Serious violence is often between groups in conflict ({@link ActiveConflicts}): the victim is
 * then drawn from one group and the suspects from the other, co-suspects from the main suspect's
 * network.
 */
final class BackgroundCasting {

    /**
     * The share of local violence that falls on someone already harmed in the last ten months:
     * repeats are about four in ten violent victimisations in the British Crime Survey (Farrell
     * &amp; Pease 1993); the rest of the concentration comes from the victims' exposure.
     */
    private static final double REPEAT_SHARE = 0.3;

    private final Population people;
    private final PeerGroups groups;
    private final SocialNetwork network;
    private final Geography map;
    private final Exposure exposure;
    private final ActiveConflicts conflicts;
    private final IncidentPlaces places;
    private final IncidentCast cast;
    private final SupportingCast supporting;
    private final SplittableRandom random;

    private final RecentVictims violence = new RecentVictims();
    private final RecentVictims exploitation = new RecentVictims();
    private final RecentVictims missing = new RecentVictims();

    BackgroundCasting(Population people, PeerGroups groups, SocialNetwork network, Geography map, Exposure exposure,
            ActiveConflicts conflicts, IncidentPlaces places, IncidentCast cast, SupportingCast supporting,
            SplittableRandom random) {
        this.people = people;
        this.groups = groups;
        this.network = network;
        this.map = map;
        this.exposure = exposure;
        this.conflicts = conflicts;
        this.places = places;
        this.cast = cast;
        this.supporting = supporting;
        this.random = random;
    }

    /**
     * Fills the cast of a background incident of the type and returns its neighbourhood, or -1
     * when nobody suitable was found; {@code extra} incidents (added at the end) repeat nobody.
     */
    int cast(int t, IncidentType type, boolean extra) {
        return switch (type) {
            case ASSAULT, STABBING, SHOOTING, ROBBERY, THREAT -> violence(t, type, extra);
            case WEAPON_POSSESSION -> possession(t);
            case EXPLOITATION -> exploitation(t, extra);
            case MISSING_EPISODE -> missingEpisode(t, extra);
            case SEXUAL_ABUSE -> sexualAbuse(t);
            default -> other(t);
        };
    }

    /** Remembers a victim of harm that repeats, so that a later incident can harm them again. */
    void harmed(int victim, int t, IncidentType type) {
        switch (type) {
            case EXPLOITATION -> exploitation.add(victim, t);
            case MISSING_EPISODE -> missing.add(victim, t);
            case SEXUAL_ABUSE, OTHER -> {
            }
            default -> violence.add(victim, t);
        }
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
        int victim = addVictim(extra, REPEAT_SHARE, violence, t, () -> exposure.victimIn(exposure.area(), t, cast));
        if (victim < 0) {
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
                supporting.addCoSuspects(suspect, -1, t, Draw.weighted(random, new double[] {0.6, 0.25, 0.15}));
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
        supporting.addCoSuspects(suspect, suspectsGroup, t, Draw.weighted(random, new double[] {0.5, 0.3, 0.2}));
        return places.area(victim, suspect);
    }

    private int possession(int t) {
        int suspect = exposure.suspectIn(exposure.area(), t, cast);
        if (!cast.add(suspect, Role.SUSPECT)) {
            return -1;
        }
        if (Draw.chance(random, 0.25)) {
            supporting.addFriends(suspect, Role.PRESENT, t, 1 + random.nextInt(2));
        }
        return people.area[suspect];
    }

    /** Exploitation, mostly of younger group members by older ones; it often recurs. */
    private int exploitation(int t, boolean extra) {
        int victim = addVictim(extra, 0.35, exploitation, t, () -> exposure.exploitationVictim(t, cast));
        if (victim < 0) {
            return -1;
        }
        if (Draw.chance(random, 0.55)) {
            int g = groups.groupOf[victim];
            addSuspect(6, () -> g >= 0 && groups.memberCount(g) > 0
                    ? groups.members[groups.memberStart[g] + random.nextInt(groups.memberCount(g))]
                    : exposure.suspectIn(people.area[victim], t, cast),
                    q -> people.age[q] >= people.age[victim] + 2 && exposure.available(q, t, cast));
        }
        return people.area[victim];
    }

    private int missingEpisode(int t, boolean extra) {
        int child = addVictim(extra, 0.45, missing, t, () -> exposure.missingChild(t, cast));
        if (child < 0) {
            return -1;
        }
        if (Draw.chance(random, 0.1)) {
            supporting.addFriends(child, Role.PRESENT, t, 1);
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
            addSuspect(8, () -> Draw.chance(random, 0.5) ? network.randomNeighbour(victim, random)
                    : exposure.suspectIn(people.area[victim], t, cast),
                    q -> exposure.available(q, t, cast) && Math.abs(people.age[q] - people.age[victim]) <= 3
                            && people.familyOf[q] != people.familyOf[victim]
                            && (people.isMale(q) || Draw.chance(random, 0.15)));
        }
        return people.area[victim];
    }

    /**
     * Draws up to {@code attempts} candidates and adds the first that is someone (not -1) and
     * suitable as a suspect.
     */
    private void addSuspect(int attempts, IntSupplier candidate, IntPredicate suitable) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            int q = candidate.getAsInt();
            if (q >= 0 && suitable.test(q)) {
                cast.add(q, Role.SUSPECT);
                return;
            }
        }
    }

    /**
     * Adds the victim to the cast and returns them, or -1 when nobody could be added: with the
     * chance (never for {@code extra} incidents) a recent victim who can be harmed again, else (or
     * when there is none) a new one drawn by {@code drawn}.
     */
    private int addVictim(boolean extra, double repeat, RecentVictims recent, int t, IntSupplier drawn) {
        int victim = !extra && Draw.chance(random, repeat) ? recent.recent(t, random) : -1;
        if (victim >= 0 && !exposure.available(victim, t, cast)) {
            victim = -1;
        }
        if (victim < 0) {
            victim = drawn.getAsInt();
        }
        return cast.add(victim, Role.VICTIM) ? victim : -1;
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
}
