package org.contextmap.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The conflicts between groups as the incident process sees them: only conflicts that have begun
 * can produce incidents, each in proportion to its intensity, and each flares and calms over a
 * cycle of five to sixteen months — which gives the group-tension timeline rising and falling
 * trends to show.
 */
final class ActiveConflicts {

    private final List<PeerGroups.Relation> conflicts;
    private final long[] since;
    private final double[] cumulative;
    private final double[] period;
    private final double[] phase;
    private final CityCalendar calendar;
    private final SplittableRandom random;

    ActiveConflicts(PeerGroups groups, CityCalendar calendar, SplittableRandom random) {
        this.calendar = calendar;
        this.random = random;
        conflicts = groups.conflictList().stream()
                .sorted((x, y) -> Long.compare(x.sinceDay(), y.sinceDay())).toList();
        int c = conflicts.size();
        since = new long[c];
        cumulative = new double[c];
        period = new double[c];
        phase = new double[c];
        double sum = 0;
        for (int k = 0; k < c; k++) {
            since[k] = conflicts.get(k).sinceDay();
            sum += conflicts.get(k).intensity();
            cumulative[k] = sum;
            period[k] = Draw.between(random, 150, 500) * (double) CityCalendar.MINUTES_PER_DAY;
            phase[k] = 2 * Math.PI * random.nextDouble();
        }
    }

    /** A conflict active at the minute, drawn by its intensity then, or null. */
    PeerGroups.Relation pick(int minute) {
        int active = activeCount(calendar.dayOf(minute));
        if (active == 0) {
            return null;
        }
        for (int attempt = 0; attempt < 4; attempt++) {
            int k = index(active, random.nextDouble() * cumulative[active - 1]);
            double flare = 1 + 0.8 * Math.sin(2 * Math.PI * minute / period[k] + phase[k]);
            if (random.nextDouble() * 1.8 < flare) {
                return conflicts.get(k);
            }
        }
        return null;
    }

    /** Number of conflicts that began on or before the day. */
    private int activeCount(long day) {
        int lo = 0;
        int hi = since.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (since[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index below {@code length} whose cumulative intensity exceeds u. */
    private int index(int length, double u) {
        int lo = 0;
        int hi = length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
