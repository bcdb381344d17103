package org.contextmap.demo;

import java.util.SplittableRandom;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;

/**
 * The people around an incident, added to its {@link IncidentCast} once the victim and the main
 * suspect are chosen: co-suspects from the suspect's network (and group), friends who were
 * present, and witnesses — friends of the victim or people who live nearby.
 */
final class SupportingCast {

    private final PeerGroups groups;
    private final SocialNetwork network;
    private final Exposure exposure;
    private final IncidentCast cast;
    private final SplittableRandom random;

    SupportingCast(PeerGroups groups, SocialNetwork network, Exposure exposure, IncidentCast cast,
            SplittableRandom random) {
        this.groups = groups;
        this.network = network;
        this.exposure = exposure;
        this.cast = cast;
        this.random = random;
    }

    /** Up to {@code count} co-suspects: the suspect's network neighbours (in the group, if one is given). */
    void addCoSuspects(int suspect, int group, int t, int count) {
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

    /** Up to {@code count} of the person's network neighbours, in the given role. */
    void addFriends(int p, Role role, int t, int count) {
        for (int attempt = 0; attempt < 4 * count && count > 0; attempt++) {
            int q = network.randomNeighbour(p, random);
            if (q >= 0 && exposure.eligible(q, t) && cast.add(q, role)) {
                count--;
            }
        }
    }

    /** Witnesses in some incidents (friends of the victim, or locals), people present in others. */
    void addBystanders(int t, int area, IncidentType type) {
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
}
