package org.contextmap.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.place.LocationType;

/**
 * Peer groups, who is associated with them, and the conflicts and alliances between them.
 *
 * <p>About one group per 150 young people, each rooted in a neighbourhood and named after the
 * estate, street or park where it spends time ("Northgate Estate group", "Millfield Road peer
 * group") — never "gang": association is a fact about a child's context, not a finding about
 * the child. About a fifth of young people (15–25% by neighbourhood) are associated with a
 * group, chosen in proportion to vulnerability, age (peaking at 15–17) and gender (boys more
 * often), and siblings are often associated with the same group. Each association carries the
 * agency that reported it and how sure it is, from police intelligence to a parent's worry.
 *
 * <p>Conflicts are mostly between neighbouring groups (territory borders), each group in conflict
 * with 0 to 3 others; a few groups are allied. A third of the conflicts predate the history; the
 * rest start within it, which gives the tension timeline something to show.
 */
final class PeerGroups {

    static final double ASSOCIATED_SHARE = 0.19;
    private static final double CORE_SHARE = 0.35;

    final int count;
    final String[] name;
    final int[] area;
    final double[] x;
    final double[] y;
    /** The primary group of each person, or -1. */
    final int[] groupOf;
    /** A second group for a few people, or -1. */
    final int[] secondGroupOf;
    /** Closely involved members: more often suspects and victims. */
    final boolean[] core;
    /** Members of group g (both associations) are members[memberStart[g] … memberStart[g + 1] - 1]. */
    final int[] memberStart;
    final int[] members;

    final int associations;
    final int[] associationPerson;
    final int[] associationGroup;
    final long[] associationSince;
    final Agency[] associationSource;
    final Confidence[] associationConfidence;

    final List<Relation> relations = new ArrayList<>();
    final int[][] enemies;
    final int[][] allies;

    private final LongHashSet related;
    private final LongHashSet conflicts;
    private final int idDigits;

    /** A conflict or an alliance; {@code intensity} scales how many incidents a conflict produces. */
    record Relation(int a, int b, boolean conflict, long sinceDay, Agency source, double intensity) {
    }

    PeerGroups(Population people, Geography map, CityCalendar calendar, SplittableRandom random) {
        int n = people.size;
        count = Math.max(3, (int) Math.round(n / 150.0));
        idDigits = Math.max(3, Geography.digits(count));
        area = allocateToAreas(people, map);
        name = new String[count];
        x = new double[count];
        y = new double[count];
        nameAndPlace(map, random);
        double[] groupWeight = new double[count];
        for (int g = 0; g < count; g++) {
            groupWeight[g] = Draw.logNormal(random, 0.5);
        }
        int[][] areaGroups = groupsByArea(map);

        groupOf = new int[n];
        secondGroupOf = new int[n];
        Arrays.fill(groupOf, -1);
        Arrays.fill(secondGroupOf, -1);
        core = new boolean[n];
        associate(people, map, areaGroups, groupWeight, random);

        related = new LongHashSet(count * 4L);
        conflicts = new LongHashSet(count * 4L);
        int[][] nearby = nearbyGroups(map, areaGroups);
        makeConflicts(nearby, map, calendar, random);
        makeAlliances(nearby, calendar, random);
        enemies = adjacency(true);
        allies = adjacency(false);
        addSecondAssociations(people, nearby, random);

        memberStart = new int[count + 1];
        for (int p = 0; p < n; p++) {
            if (groupOf[p] >= 0) {
                memberStart[groupOf[p] + 1]++;
            }
            if (secondGroupOf[p] >= 0) {
                memberStart[secondGroupOf[p] + 1]++;
            }
        }
        for (int g = 0; g < count; g++) {
            memberStart[g + 1] += memberStart[g];
        }
        members = new int[memberStart[count]];
        int[] fill = Arrays.copyOf(memberStart, count);
        for (int p = 0; p < n; p++) {
            if (groupOf[p] >= 0) {
                members[fill[groupOf[p]]++] = p;
            }
            if (secondGroupOf[p] >= 0) {
                members[fill[secondGroupOf[p]]++] = p;
            }
        }
        markCore(people, random);

        associations = members.length;
        associationPerson = new int[associations];
        associationGroup = new int[associations];
        associationSince = new long[associations];
        associationSource = new Agency[associations];
        associationConfidence = new Confidence[associations];
        Mix<Agency> sources = Mix.of(Agency.POLICE, 42).and(Agency.SOCIAL_CARE, 12).and(Agency.EDUCATION, 12)
                .and(Agency.YOUTH_JUSTICE, 10).and(Agency.VOLUNTARY, 7).and(Agency.PARENT_CARER, 9)
                .and(Agency.YOUNG_PERSON, 5).and(Agency.HOUSING, 2).and(Agency.HEALTH, 1);
        Mix<Confidence> confidences = Mix.of(Confidence.CONFIRMED, 20).and(Confidence.PROBABLE, 35)
                .and(Confidence.POSSIBLE, 30).and(Confidence.UNVERIFIED, 15);
        int i = 0;
        for (int p = 0; p < n; p++) {
            for (int g : new int[] {groupOf[p], secondGroupOf[p]}) {
                if (g < 0) {
                    continue;
                }
                associationPerson[i] = p;
                associationGroup[i] = g;
                long earliest = Math.max(people.birthdayAt(p, 11), calendar.endDay - 1100);
                long latest = calendar.endDay - 14;
                associationSince[i] = earliest >= latest ? latest
                        : earliest + (long) (random.nextDouble() * (latest - earliest));
                associationSource[i] = sources.pick(random);
                associationConfidence[i] = confidences.pick(random);
                i++;
            }
        }
    }

    String id(int group) {
        return "PG-" + Geography.pad(group + 1, idDigits);
    }

    boolean inConflict(int g, int h) {
        return g >= 0 && h >= 0 && g != h && conflicts.contains(LongHashSet.pair(g, h));
    }

    /** True when any group of {@code p} is in conflict with any group of {@code q}. */
    boolean peopleInConflict(int p, int q) {
        return inConflict(groupOf[p], groupOf[q]) || inConflict(groupOf[p], secondGroupOf[q])
                || inConflict(secondGroupOf[p], groupOf[q]) || inConflict(secondGroupOf[p], secondGroupOf[q]);
    }

    int memberCount(int g) {
        return memberStart[g + 1] - memberStart[g];
    }

    boolean isMember(int person, int g) {
        return g >= 0 && (groupOf[person] == g || secondGroupOf[person] == g);
    }

    List<Relation> conflictList() {
        return relations.stream().filter(Relation::conflict).toList();
    }

    /** Groups per neighbourhood in proportion to residents (largest remainder), at least one in all. */
    private int[] allocateToAreas(Population people, Geography map) {
        int areas = map.areas;
        int[] quota = new int[areas];
        double[] remainder = new double[areas];
        int given = 0;
        for (int a = 0; a < areas; a++) {
            double exact = (double) count * people.residents(a) / people.size;
            quota[a] = (int) Math.floor(exact);
            remainder[a] = exact - quota[a];
            given += quota[a];
        }
        while (given < count) {
            int best = 0;
            for (int a = 1; a < areas; a++) {
                if (remainder[a] > remainder[best]) {
                    best = a;
                }
            }
            quota[best]++;
            remainder[best] = -1;
            given++;
        }
        int[] result = new int[count];
        int g = 0;
        for (int a = 0; a < areas; a++) {
            for (int k = 0; k < quota[a]; k++) {
                result[g++] = a;
            }
        }
        return result;
    }

    private void nameAndPlace(Geography map, SplittableRandom random) {
        Set<String> usedNames = new HashSet<>();
        boolean[] usedPlace = new boolean[map.places];
        String[] fallbacks = {" younger peer group", " older peer group", " peer group", " girls' peer group"};
        for (int g = 0; g < count; g++) {
            int a = area[g];
            int[] candidates = map.areaPlaces[a];
            int anchor = -1;
            int offset = candidates.length == 0 ? 0 : random.nextInt(candidates.length);
            for (int k = 0; k < candidates.length; k++) {
                int place = candidates[(offset + k) % candidates.length];
                LocationType type = map.placeType[place];
                boolean central = place < map.centralPlaces.length;
                if (!usedPlace[place] && !central && (type == LocationType.ESTATE || type == LocationType.STREET
                        || type == LocationType.PARK)) {
                    anchor = place;
                    break;
                }
            }
            String candidate;
            if (anchor >= 0) {
                usedPlace[anchor] = true;
                String placeName = map.placeName[anchor];
                candidate = map.placeType[anchor] == LocationType.STREET ? placeName + " peer group"
                        : placeName + " group";
                x[g] = map.placeX[anchor];
                y[g] = map.placeY[anchor];
            } else {
                candidate = map.areaName[a] + fallbacks[0];
                x[g] = map.areaX[a] + 0.3 * map.areaRadiusKm * random.nextGaussian();
                y[g] = map.areaY[a] + 0.3 * map.areaRadiusKm * random.nextGaussian();
            }
            for (int k = 1; !usedNames.add(candidate); k++) {
                candidate = k < fallbacks.length ? map.areaName[a] + fallbacks[k]
                        : map.areaName[a] + " peer group " + (k - fallbacks.length + 2);
            }
            name[g] = candidate;
        }
    }

    private int[][] groupsByArea(Geography map) {
        List<List<Integer>> byArea = new ArrayList<>();
        for (int a = 0; a < map.areas; a++) {
            byArea.add(new ArrayList<>());
        }
        for (int g = 0; g < count; g++) {
            byArea.get(area[g]).add(g);
        }
        int[][] result = new int[map.areas][];
        for (int a = 0; a < map.areas; a++) {
            result[a] = byArea.get(a).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    /** The groups a resident of {@code a} can join: the area's own, else the nearest area's. */
    private static int[] joinable(int a, Geography map, int[][] areaGroups) {
        if (areaGroups[a].length > 0) {
            return areaGroups[a];
        }
        for (int near : map.nearestAreas[a]) {
            if (areaGroups[near].length > 0) {
                return areaGroups[near];
            }
        }
        for (int[] groups : areaGroups) {
            if (groups.length > 0) {
                return groups;
            }
        }
        return new int[0];
    }

    private void associate(Population people, Geography map, int[][] areaGroups, double[] groupWeight,
            SplittableRandom random) {
        for (int a = 0; a < map.areas; a++) {
            int from = people.areaStart[a];
            int residents = people.residents(a);
            int[] groups = joinable(a, map, areaGroups);
            if (residents == 0 || groups.length == 0) {
                continue;
            }
            double[] weights = new double[groups.length];
            for (int k = 0; k < groups.length; k++) {
                weights[k] = groupWeight[groups[k]];
            }
            double share = ASSOCIATED_SHARE * (0.85 + 0.3 * random.nextDouble());
            int wanted = (int) Math.round(share * residents);
            double[] key = new double[residents];
            for (int k = 0; k < residents; k++) {
                int p = people.areaMembers[from + k];
                double w = associationWeight(people, p);
                key[k] = w <= 0 ? Double.NEGATIVE_INFINITY : Math.log(random.nextDouble()) / w;
            }
            double[] sorted = key.clone();
            Arrays.sort(sorted);
            int cut = Math.max(0, residents - wanted);
            double threshold = sorted[Math.min(cut, residents - 1)];
            if (wanted == 0) {
                continue;
            }
            boolean allWhoCan = threshold == Double.NEGATIVE_INFINITY;
            int lastFamily = -1;
            int lastGroup = -1;
            for (int k = 0; k < residents; k++) {
                if (key[k] < threshold || (allWhoCan && key[k] == Double.NEGATIVE_INFINITY)) {
                    continue;
                }
                int p = people.areaMembers[from + k];
                int g = people.familyOf[p] == lastFamily && Draw.chance(random, 0.6) ? lastGroup
                        : groups[Draw.weighted(random, weights)];
                groupOf[p] = g;
                lastFamily = people.familyOf[p];
                lastGroup = g;
            }
        }
    }

    private static double associationWeight(Population people, int p) {
        int age = people.age[p];
        if (age < 12) {
            return 0;
        }
        double ageFactor = switch (age) {
            case 12 -> 0.35;
            case 13 -> 0.7;
            case 14 -> 1.0;
            case 15, 16, 17 -> 1.3;
            case 18 -> 1.1;
            default -> 0.9;
        };
        double genderFactor = switch (people.gender[p]) {
            case MALE -> 2.2;
            case FEMALE -> 0.7;
            default -> 1.2;
        };
        return people.vulnerability[p] * ageFactor * genderFactor;
    }

    /** Candidate partners of a group for conflicts and alliances: its own and the nearest areas' groups. */
    private int[][] nearbyGroups(Geography map, int[][] areaGroups) {
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

    private void makeConflicts(int[][] nearby, Geography map, CityCalendar calendar, SplittableRandom random) {
        int[] capacity = new int[count];
        double[] degreeMix = {0.25, 0.35, 0.25, 0.15};
        for (int g = 0; g < count; g++) {
            capacity[g] = Draw.weighted(random, degreeMix);
        }
        int[] order = shuffled(count, random);
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

    private void makeAlliances(int[][] nearby, CityCalendar calendar, SplittableRandom random) {
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
        relations.add(new Relation(Math.min(g, h), Math.max(g, h), conflict, since, source, intensity));
    }

    private int[][] adjacency(boolean conflict) {
        IntList[] lists = new IntList[count];
        for (int g = 0; g < count; g++) {
            lists[g] = new IntList(4);
        }
        for (Relation r : relations) {
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

    /** About 6% of associated young people are also linked to an allied or nearby group. */
    private void addSecondAssociations(Population people, int[][] nearby, SplittableRandom random) {
        for (int p = 0; p < people.size; p++) {
            int g = groupOf[p];
            if (g < 0 || !Draw.chance(random, 0.06)) {
                continue;
            }
            int h = -1;
            if (allies[g].length > 0 && Draw.chance(random, 0.6)) {
                h = allies[g][random.nextInt(allies[g].length)];
            } else if (nearby[g].length > 0) {
                h = nearby[g][random.nextInt(nearby[g].length)];
            }
            if (h >= 0 && h != g && !inConflict(g, h)) {
                secondGroupOf[p] = h;
            }
        }
    }

    private void markCore(Population people, SplittableRandom random) {
        for (int g = 0; g < count; g++) {
            int from = memberStart[g];
            int size = memberStart[g + 1] - from;
            if (size == 0) {
                continue;
            }
            double[] score = new double[size];
            for (int k = 0; k < size; k++) {
                int p = members[from + k];
                score[k] = groupOf[p] == g ? people.vulnerability[p] * Draw.logNormal(random, 0.4) : 0;
            }
            double[] sorted = score.clone();
            Arrays.sort(sorted);
            double threshold = sorted[Math.min(size - 1, (int) Math.floor(size * (1 - CORE_SHARE)))];
            for (int k = 0; k < size; k++) {
                if (score[k] >= threshold && score[k] > 0) {
                    core[members[from + k]] = true;
                }
            }
        }
    }

    static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
