package org.contextmap.network.cluster;

import java.util.Arrays;

/**
 * The single points of failure of a network, found by {@link CutVertices}: the people whose
 * removal splits their part of the network, and the ties whose loss does.
 *
 * @param cutVertices    the articulation points, ascending
 * @param bridges        the edge indices of the bridges, ascending
 * @param separatedSizes for {@code cutVertices[i]}, the sizes of the pieces its connected
 *                       component falls into when it is removed, largest first; they add up to the
 *                       component's size minus one. The arrays are shared, not copied.
 */
public record Cuts(int[] cutVertices, int[] bridges, int[][] separatedSizes) {

    public boolean isCutVertex(int vertex) {
        return Arrays.binarySearch(cutVertices, vertex) >= 0;
    }

    public boolean isBridge(int edge) {
        return Arrays.binarySearch(bridges, edge) >= 0;
    }

    /**
     * The sizes of the pieces a vertex's removal leaves of its component, largest first — so a
     * caller can say that removing it separates {@code 3} people from {@code 40}. Empty when the
     * vertex is not a cut vertex.
     */
    public int[] separatedSizes(int vertex) {
        int i = Arrays.binarySearch(cutVertices, vertex);
        return i >= 0 ? separatedSizes[i].clone() : new int[0];
    }
}
