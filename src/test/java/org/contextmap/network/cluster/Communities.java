package org.contextmap.network.cluster;

import org.contextmap.network.graph.CompactGraph;

/** Test helpers over partitions. */
final class Communities {

    private Communities() {
    }

    /** The vertices {@code from..to-1}. */
    static int[] range(int from, int to) {
        int[] range = new int[to - from];
        for (int i = 0; i < range.length; i++) {
            range[i] = from + i;
        }
        return range;
    }

    /** Groups of vertices given by their ids. */
    static int[][] groups(CompactGraph graph, String[][] ids) {
        int[][] groups = new int[ids.length][];
        for (int g = 0; g < ids.length; g++) {
            groups[g] = new int[ids[g].length];
            for (int i = 0; i < ids[g].length; i++) {
                groups[g][i] = graph.vertex(ids[g][i]);
                if (groups[g][i] < 0) {
                    throw new IllegalArgumentException("no vertex " + ids[g][i]);
                }
            }
        }
        return groups;
    }

    /** Whether every community induces a connected subgraph. */
    static boolean allConnected(Partition partition) {
        CompactGraph graph = partition.graph();
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        boolean[] seen = new boolean[graph.size()];
        int[] queue = new int[graph.size()];
        for (int[] members : partition.members()) {
            int start = members[0];
            int community = partition.community(start);
            seen[start] = true;
            queue[0] = start;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int v = queue[head++];
                for (int s = offsets[v]; s < offsets[v + 1]; s++) {
                    int w = neighbours[s];
                    if (!seen[w] && partition.community(w) == community) {
                        seen[w] = true;
                        queue[tail++] = w;
                    }
                }
            }
            if (tail != members.length) {
                return false;
            }
        }
        return true;
    }
}
