package org.contextmap.network.cluster;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * Articulation points (cut vertices) and bridges of an undirected graph, and for each cut vertex
 * the sizes of the pieces its removal leaves: the people and ties through which all contact
 * between two parts of a network runs.
 *
 * <p>Implements the depth-first search of J. Hopcroft and R. Tarjan, "Algorithm 447: efficient
 * algorithms for graph manipulation", Communications of the ACM 16(6):372–378, 1973: with
 * {@code low(v)} the earliest discovery time reachable from the subtree of {@code v} by one back
 * edge, a non-root vertex {@code p} is a cut vertex when some child {@code c} has
 * {@code low(c) ≥ disc(p)} — the subtree of {@code c} then hangs on {@code p} alone and is one of
 * the separated pieces; the root is one when it has two or more children, each subtree a piece.
 * The tree edge {@code (p, c)} is a bridge when {@code low(c) > disc(p)}. The rest of the
 * component, minus {@code p} and its cut-off subtrees, is the remaining piece. O(n + m) time and
 * O(n) space.
 *
 * <p>The search keeps its own stack of vertices and, per vertex, the next adjacency slot to
 * scan, instead of recursing: a chain of 1,000,000 people would overflow the thread's stack. The
 * graph is simple, so the parent (the vertex below on the stack) is the one neighbour whose edge
 * is the tree edge and is not a back edge.
 */
public final class CutVertices {

    private CutVertices() {
    }

    public static Cuts find(CompactGraph graph) {
        int n = graph.size();
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        int[] discovered = new int[n];
        int[] low = new int[n];
        int[] next = new int[n];
        int[] subtree = new int[n];
        int[] stack = new int[n];
        Pieces pieces = new Pieces();
        int[] bridges = new int[Math.max(0, n - 1)];
        int bridgeCount = 0;
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (discovered[root] != 0) {
                continue;
            }
            int firstPiece = pieces.count;
            discovered[root] = low[root] = ++time;
            subtree[root] = 1;
            next[root] = offsets[root];
            stack[0] = root;
            int top = 1;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < offsets[v + 1]) {
                    int w = neighbours[next[v]++];
                    if (discovered[w] == 0) {
                        discovered[w] = low[w] = ++time;
                        subtree[w] = 1;
                        next[w] = offsets[w];
                        stack[top++] = w;
                    } else if (top < 2 || w != stack[top - 2]) {
                        low[v] = Math.min(low[v], discovered[w]);
                    }
                } else if (--top > 0) {
                    int parent = stack[top - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                    subtree[parent] += subtree[v];
                    if (low[v] >= discovered[parent]) {
                        pieces.add(parent, subtree[v]);
                    }
                    if (low[v] > discovered[parent]) {
                        bridges[bridgeCount++] = graph.edgeAt(next[parent] - 1);
                    }
                }
            }
            pieces.completeComponent(firstPiece, root, subtree[root]);
        }
        bridges = Arrays.copyOf(bridges, bridgeCount);
        Arrays.sort(bridges);
        return pieces.cuts(n, bridges);
    }

    /** The pieces found so far, as (cut vertex, size) pairs in growable arrays. */
    private static final class Pieces {

        private int[] vertices = new int[64];
        private int[] sizes = new int[64];
        private int count;

        void add(int vertex, int size) {
            if (count == vertices.length) {
                vertices = Arrays.copyOf(vertices, 2 * count);
                sizes = Arrays.copyOf(sizes, 2 * count);
            }
            vertices[count] = vertex;
            sizes[count] = size;
            count++;
        }

        /**
         * Once a component's search is done: drops the root's piece if it had one child (then it
         * is no cut vertex), and adds each other cut vertex's remaining piece, the component less
         * the vertex and its cut-off subtrees. The pieces of one vertex are not adjacent, so the
         * sums are gathered by sorting the component's pairs by vertex.
         */
        void completeComponent(int first, int root, int componentSize) {
            int end = count;
            if (end == first) {
                return;
            }
            long[] byVertex = new long[end - first];
            for (int k = first; k < end; k++) {
                byVertex[k - first] = (long) vertices[k] << 32 | sizes[k];
            }
            Arrays.sort(byVertex);
            count = first;
            for (int i = 0; i < byVertex.length; ) {
                int vertex = (int) (byVertex[i] >>> 32);
                int j = i;
                int separated = 0;
                while (j < byVertex.length && (int) (byVertex[j] >>> 32) == vertex) {
                    separated += (int) byVertex[j];
                    j++;
                }
                if (vertex != root || j - i >= 2) {
                    for (int k = i; k < j; k++) {
                        add(vertex, (int) byVertex[k]);
                    }
                    int remaining = componentSize - 1 - separated;
                    if (remaining > 0) {
                        add(vertex, remaining);
                    }
                }
                i = j;
            }
        }

        /** The pieces grouped by cut vertex, ascending, each vertex's sizes largest first. */
        Cuts cuts(int n, int[] bridges) {
            long[] byVertex = new long[count];
            for (int k = 0; k < count; k++) {
                // sizes descending within a vertex: sort on (vertex, n - size)
                byVertex[k] = (long) vertices[k] << 32 | (n - sizes[k]);
            }
            Arrays.sort(byVertex);
            int distinct = 0;
            for (int k = 0; k < count; k++) {
                if (k == 0 || byVertex[k] >>> 32 != byVertex[k - 1] >>> 32) {
                    distinct++;
                }
            }
            int[] cutVertices = new int[distinct];
            int[][] separated = new int[distinct][];
            int c = -1;
            for (int i = 0; i < count; ) {
                int vertex = (int) (byVertex[i] >>> 32);
                int j = i;
                while (j < count && (int) (byVertex[j] >>> 32) == vertex) {
                    j++;
                }
                cutVertices[++c] = vertex;
                separated[c] = new int[j - i];
                for (int k = i; k < j; k++) {
                    separated[c][k - i] = n - (int) byVertex[k];
                }
                i = j;
            }
            return new Cuts(cutVertices, bridges, separated);
        }
    }
}
