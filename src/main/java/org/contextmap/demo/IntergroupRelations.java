package org.contextmap.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;

/**
 * The conflicts and alliances between peer groups. Conflicts are mostly between neighbouring
 * groups (territory borders), each group in conflict with 0 to 3 others; a few groups are allied.
 * A third of the conflicts predate the history; the rest start within it, which gives the tension
 * timeline something to show. Two groups have at most one relation, stored with the smaller group
 * first.
 */
final class IntergroupRelations {

    final List<PeerGroups.Relation> relations = new ArrayList<>();
    /** The groups each group is in conflict with. */
    final int[][] enemies;
    /** The groups each group is allied with. */
    final int[][] allies;
    /** Candidate partners of each group for conflicts and alliances. */
    final int[][] nearby;

    private final int count;
    private final LongHashSet related;
    private final LongHashSet conflicts;

    IntergroupRelations(GroupSites sites, Geography map, CityCalendar calendar, SplittableRandom random) {
        count = sites.area.length;
        related = new LongHashSet(count * 4L);
        conflicts = new LongHashSet(count * 4L);
        nearby = nearbyGroups(sites, map);
        makeConflicts(sites, map, calendar, random);
        makeAlliances(calendar, random);
        enemies = adjacency(true);
        allies = adjacency(false);
    }

    boolean inConflict(int g, int h) {
        return g >= 0 && h >= 0 && g != h && conflicts.contains(LongHashSet.pair(g, h));
    }

    /** Candidate partners of a group for conflicts and alliances: its own and the nearest areas' groups. */
    private int[][] nearbyGroups(GroupSites sites, Geography map) {
        int[] area = sites.area;
        int[][] areaGroups = sites.byArea;
        int[][] result = new int[count][];
        for (int g = 0; g < count; g++) {
            IntList list = new IntList();
            for (int h : areaGroups[area[g]]) {
                if (h != g) {
                    list.add(h);
                }
            }
            for (int near : map.nearestAreas[area[g]]) {
                for (int h : areaGroups[near]) {
                    list.add(h);
                }
            }
            result[g] = list.toArray();
        }
        return result;
    }

    private void makeConflicts(GroupSites sites, Geography map, CityCalendar calendar, SplittableRandom random) {
        double[] x = sites.x;
        double[] y = sites.y;
        int[] capacity = new int[count];
        double[] degreeMix = {0.25, 0.35, 0.25, 0.15};
        for (int g = 0; g < count; g++) {
            capacity[g] = Draw.weighted(random, degreeMix);
        }
        int[] order = Draw.shuffled(random, count);
        Mix<Agency> sources = Mix.of(Agency.POLICE, 60).and(Agency.YOUTH_JUSTICE, 12).and(Agency.VOLUNTARY, 10)
                .and(Agency.EDUCATION, 8).and(Agency.SOCIAL_CARE, 6).and(Agency.YOUNG_PERSON, 4);
        double scale = 1.5 * map.areaRadiusKm;
        for (int g : order) {
            while (capacity[g] > 0) {
                int[] candidates = nearby[g];
                double[] weights = new double[candidates.length];
                boolean any = false;
                for (int k = 0; k < candidates.length; k++) {
                    int h = candidates[k];
                    if (capacity[h] > 0 && !related.contains(LongHashSet.pair(g, h))) {
                        weights[k] = Math.exp(-Math.hypot(x[g] - x[h], y[g] - y[h]) / scale);
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
                int h = candidates[Draw.weighted(random, weights)];
                capacity[g]--;
                capacity[h]--;
                long since = Draw.chance(random, 0.35)
                        ? calendar.startDay - Draw.between(random, 30, 900)
                        : calendar.startDay + Draw.between(random, 0, calendar.days - 60);
                add(g, h, true, since, sources.pick(random), Draw.logNormal(random, 0.7));
            }
        }
        if (relations.isEmpty() && count >= 2) {
            int g = order[0];
            int h = nearby[g].length > 0 ? nearby[g][0] : order[1];
            add(g, h, true, calendar.startDay - Draw.between(random, 30, 400), sources.pick(random), 1.5);
        }
    }

    private void makeAlliances(CityCalendar calendar, SplittableRandom random) {
        int wanted = Math.max(1, (int) Math.round(count * 0.12));
        Mix<Agency> sources = Mix.of(Agency.POLICE, 55).and(Agency.YOUTH_JUSTICE, 20).and(Agency.VOLUNTARY, 15)
                .and(Agency.YOUNG_PERSON, 10);
        for (int attempt = 0; attempt < wanted * 20 && wanted > 0; attempt++) {
            int g = random.nextInt(count);
            if (nearby[g].length == 0) {
                continue;
            }
            int h = nearby[g][random.nextInt(nearby[g].length)];
            if (related.contains(LongHashSet.pair(g, h))) {
                continue;
            }
            long since = calendar.startDay - Draw.between(random, 0, 700) + Draw.between(random, 0, 500);
            add(g, h, false, Math.min(since, calendar.endDay - 30), sources.pick(random), 1);
            wanted--;
        }
    }

    private void add(int g, int h, boolean conflict, long since, Agency source, double intensity) {
        related.add(LongHashSet.pair(g, h));
        if (conflict) {
            conflicts.add(LongHashSet.pair(g, h));
        }
        relations.add(new PeerGroups.Relation(Math.min(g, h), Math.max(g, h), conflict, since, source, intensity));
    }

    private int[][] adjacency(boolean conflict) {
        IntList[] lists = new IntList[count];
        for (int g = 0; g < count; g++) {
            lists[g] = new IntList(4);
        }
        for (PeerGroups.Relation r : relations) {
            if (r.conflict() == conflict) {
                lists[r.a()].add(r.b());
                lists[r.b()].add(r.a());
            }
        }
        int[][] result = new int[count][];
        for (int g = 0; g < count; g++) {
            result[g] = lists[g].toArray();
        }
        return result;
    }
}
