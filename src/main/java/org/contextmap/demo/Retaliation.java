package org.contextmap.demo;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.contextmap.incident.Role;

/**
 * The self-exciting part of the incident process. A serious incident between associates of two
 * groups in conflict raises, for days to about four months, the chance of a follow-up in the other
 * direction: the earlier victim's associates (their network neighbours in the group, sometimes the
 * victim) as suspects and the earlier suspects or their group as victims. Delays are log-normal
 * with a median of 25 days, capped at 125 days — the mean lag between a shooting and its
 * "infector" that Green, Horel &amp; Papachristos (2017, JAMA Internal Medicine) found in
 * Chicago's co-offending network. Follow-ups can trigger follow-ups, so retaliation chains appear;
 * the branching ratio stays well below one, so the process is stable.
 *
 * <p>This class decides which incidents are between groups in conflict, schedules their
 * follow-ups, and chooses the people of a follow-up; the simulator records it.
 */
final class Retaliation {

    private static final int DAY = CityCalendar.MINUTES_PER_DAY;

    private final PeerGroups groups;
    private final SocialNetwork network;
    private final Exposure exposure;
    private final IncidentLog log;
    private final IncidentCast cast;
    private final IncidentArrivals arrivals;
    private final SplittableRandom random;
    private final int horizon;

    /** Follow-ups waiting to happen: (minute << 32 | index into {@link #followUpOf}). */
    private final PriorityQueue<Long> pending = new PriorityQueue<>();
    private final IntList followUpOf = new IntList();

    Retaliation(PeerGroups groups, SocialNetwork network, Exposure exposure, IncidentLog log, IncidentCast cast,
            IncidentArrivals arrivals, CityCalendar calendar, SplittableRandom random) {
        this.groups = groups;
        this.network = network;
        this.exposure = exposure;
        this.log = log;
        this.cast = cast;
        this.arrivals = arrivals;
        this.random = random;
        this.horizon = calendar.days * DAY;
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The minute of the next follow-up; only while one {@linkplain #hasPending() is pending}. */
    int nextMinute() {
        return (int) (pending.peek() >>> 32);
    }

    /** Takes the next follow-up off the queue and returns the earlier incident it answers. */
    int takeNext() {
        long item = pending.poll();
        return followUpOf.get((int) item);
    }

    /** (victim's group, suspect's group) when the victim and a suspect belong to groups in conflict. */
    int[] conflictPair(int victim) {
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

    /** With the chance, a follow-up of the incident after a log-normal delay, if within the history. */
    void schedule(int index, int t, double chance) {
        if (!Draw.chance(random, chance)) {
            return;
        }
        int delayDays = (int) Math.round(Math.exp(Math.log(25) + 0.8 * random.nextGaussian()));
        delayDays = Math.max(2, Math.min(125, delayDays));
        int when = (t / DAY + delayDays) * DAY + arrivals.timeOfDay();
        if (when < horizon) {
            pending.add((long) when << 32 | followUpOf.size());
            followUpOf.add(index);
            log.markFollowedUp(index);
        }
    }

    /**
     * Fills the cast of the follow-up of an earlier incident, the other way round, and returns its
     * victim; -1 when no victim or no suspect could be found.
     */
    int cast(int t, int earlier) {
        int victimsBefore = log.victimGroup(earlier);
        int suspectsBefore = log.suspectGroup(earlier);
        int earlierVictim = log.first(earlier, Role.VICTIM);
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
            return -1;
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
        return cast.count(Role.SUSPECT) == 0 ? -1 : victim;
    }
}
