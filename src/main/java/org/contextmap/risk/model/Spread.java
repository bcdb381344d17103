package org.contextmap.risk.model;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * One worker's scratch space for the routes from one source: how many paths of one tie
 * ({@link #oneStep}) and of two ties ({@link #twoSteps}, through distinct people, never back to the
 * source) lead from it to each person, and how many peer groups each person shares with it
 * ({@link #groups}). Arrays are stamped rather than cleared, so a source costs the routes it has,
 * not the size of the city.
 */
final class Spread {

    private final CompactGraph graph;
    private final int[][] groupsOf;
    private final int[][] members;
    private final int maxHops;

    private final int[] seen;
    private int stamp;
    final int[] oneStep;
    final int[] twoSteps;
    final int[] groups;
    int[] touched = new int[64];
    int count;

    Spread(CompactGraph graph, int[][] groupsOf, int[][] members, int maxHops) {
        this.graph = graph;
        this.groupsOf = groupsOf;
        this.members = members;
        this.maxHops = maxHops;
        int n = graph.size();
        seen = new int[n];
        oneStep = new int[n];
        twoSteps = new int[n];
        groups = new int[n];
    }

    /**
     * Counts the routes from {@code source}: afterwards {@code touched[0..count)} are the people
     * reached (not the source), with their counts; with {@code viaGroups}, shared groups too.
     */
    void from(int source, boolean viaGroups) {
        stamp++;
        count = 0;
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        if (maxHops >= 1) {
            for (int slot = offsets[source]; slot < offsets[source + 1]; slot++) {
                int w = neighbours[slot];
                touch(w);
                oneStep[w]++;
                if (maxHops >= 2) {
                    for (int s2 = offsets[w]; s2 < offsets[w + 1]; s2++) {
                        int x = neighbours[s2];
                        if (x != source) {
                            touch(x);
                            twoSteps[x]++;
                        }
                    }
                }
            }
        }
        if (viaGroups) {
            for (int g : groupsOf[source]) {
                for (int m : members[g]) {
                    if (m != source) {
                        touch(m);
                        groups[m]++;
                    }
                }
            }
        }
    }

    private void touch(int v) {
        if (seen[v] != stamp) {
            seen[v] = stamp;
            oneStep[v] = 0;
            twoSteps[v] = 0;
            groups[v] = 0;
            if (count == touched.length) {
                touched = Arrays.copyOf(touched, count * 2);
            }
            touched[count++] = v;
        }
    }
}
