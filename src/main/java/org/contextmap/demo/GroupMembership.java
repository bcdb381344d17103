package org.contextmap.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Who is associated with which peer group. About a fifth of young people (15–25% by
 * neighbourhood) are associated with a group of their neighbourhood (or of the nearest one that
 * has groups), chosen in proportion to vulnerability, age (peaking at 15–17) and gender (boys
 * more often), and siblings are often associated with the same group. A few are also linked to a
 * second, allied or nearby, group; about a third of a group's members are its core, closely
 * involved and more often suspects and victims.
 */
final class GroupMembership {

    static final double ASSOCIATED_SHARE = 0.19;
    private static final double CORE_SHARE = 0.35;

    /** The primary group of each person, or -1. */
    final int[] groupOf;
    /** A second group for a few people, or -1. */
    final int[] secondGroupOf;
    /** Closely involved members: more often suspects and victims. */
    final boolean[] core;

    /** Chooses each young person's primary group, if any; the groups of each neighbourhood are given. */
    GroupMembership(int count, Population people, Geography map, int[][] areaGroups, SplittableRandom random) {
        double[] groupWeight = new double[count];
        for (int g = 0; g < count; g++) {
            groupWeight[g] = Draw.logNormal(random, 0.5);
        }
        int n = people.size;
        groupOf = new int[n];
        secondGroupOf = new int[n];
        Arrays.fill(groupOf, -1);
        Arrays.fill(secondGroupOf, -1);
        core = new boolean[n];
        associate(people, map, areaGroups, groupWeight, random);
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

    /** About 6% of associated young people are also linked to an allied or nearby group. */
    void addSecondAssociations(Population people, IntergroupRelations between, SplittableRandom random) {
        int[][] allies = between.allies;
        int[][] nearby = between.nearby;
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
            if (h >= 0 && h != g && !between.inConflict(g, h)) {
                secondGroupOf[p] = h;
            }
        }
    }

    /**
     * Marks the core of each group among its primary members, by vulnerability and chance; the
     * members of group g are {@code members[memberStart[g] … memberStart[g + 1] - 1]}.
     */
    void markCore(Population people, int[] memberStart, int[] members, SplittableRandom random) {
        for (int g = 0; g < memberStart.length - 1; g++) {
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
}
