package org.contextmap.network.risk;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * One worker's scratch space for the people one source reaches: a breadth-first search out to
 * {@code maxHops} ties from a young person and, when asked, the members of the peer groups they are
 * associated with. For each person reached it keeps the distance ({@link #level}: 0..maxHops, or
 * {@link #groupOnly()} for a shared group beyond the ties) and whether they share a group with the
 * source ({@link #shared}). Arrays are stamped rather than cleared, so a source costs the people it
 * reaches, not the size of the city.
 */
final class Spread {

    private final CompactGraph graph;
    private final int[][] groupsOf;
    private final int[][] members;
    private final int maxHops;

    private final int[] seen;
    private final int[] sharedStamp;
    private int stamp;
    final byte[] level;
    int[] touched = new int[64];
    int count;
    private int[] frontier = new int[64];
    private int[] next = new int[64];

    Spread(CompactGraph graph, int[][] groupsOf, int[][] members, int maxHops) {
        this.graph = graph;
        this.groupsOf = groupsOf;
        this.members = members;
        this.maxHops = maxHops;
        seen = new int[graph.size()];
        sharedStamp = new int[graph.size()];
        level = new byte[graph.size()];
    }

    /** The level of someone reached only through a shared group. */
    byte groupOnly() {
        return (byte) (maxHops + 1);
    }

    /** Whether {@code v}, reached by the last search, shares a peer group with the source. */
    boolean shared(int v) {
        return sharedStamp[v] == stamp;
    }

    /**
     * Searches from {@code source}: afterwards {@code touched[0..count)} are the people reached, the
     * source first; with {@code groups}, the members of the source's groups too.
     */
    void from(int source, boolean groups) {
        stamp++;
        count = 0;
        visit(source, (byte) 0);
        int size = 0;
        frontier[size++] = source;
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        for (int d = 1; d <= maxHops && size > 0; d++) {
            int nextSize = 0;
            for (int f = 0; f < size; f++) {
                int v = frontier[f];
                for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                    int w = neighbours[slot];
                    if (seen[w] != stamp) {
                        visit(w, (byte) d);
                        next = grow(next, nextSize);
                        next[nextSize++] = w;
                    }
                }
            }
            int[] swap = frontier;
            frontier = next;
            next = swap;
            size = nextSize;
        }
        if (groups) {
            for (int g : groupsOf[source]) {
                for (int m : members[g]) {
                    if (m != source) {
                        if (seen[m] != stamp) {
                            visit(m, groupOnly());
                        }
                        sharedStamp[m] = stamp;
                    }
                }
            }
        }
    }

    private void visit(int v, byte distance) {
        seen[v] = stamp;
        touched = grow(touched, count);
        touched[count++] = v;
        level[v] = distance;
    }

    private static int[] grow(int[] array, int size) {
        return size < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }
}
