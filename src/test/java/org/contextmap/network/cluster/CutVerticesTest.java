package org.contextmap.network.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.JGraphTView;
import org.contextmap.network.graph.TestGraphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.junit.jupiter.api.Test;

class CutVerticesTest {

    @Test
    void starCentreCutsEveryLeafOff() {
        Cuts cuts = CutVertices.find(TestGraphs.star(6));

        assertThat(cuts.cutVertices()).containsExactly(0);
        assertThat(cuts.bridges()).containsExactly(0, 1, 2, 3, 4);
        assertThat(cuts.separatedSizes(0)).containsExactly(1, 1, 1, 1, 1);
    }

    @Test
    void pathInnerVerticesSplitItInTwo() {
        CompactGraph path = TestGraphs.path(6);

        Cuts cuts = CutVertices.find(path);

        assertThat(cuts.cutVertices()).containsExactly(1, 2, 3, 4);
        assertThat(cuts.bridges()).hasSize(5);
        assertThat(cuts.separatedSizes()).isDeepEqualTo(new int[][] {{4, 1}, {3, 2}, {3, 2}, {4, 1}});
        assertThat(cuts.separatedSizes(0)).isEmpty();
    }

    @Test
    void barbellBridgeAndItsEnds() {
        CompactGraph barbell = TestGraphs.barbell(5);

        Cuts cuts = CutVertices.find(barbell);

        assertThat(cuts.cutVertices()).containsExactly(4, 5);
        assertThat(cuts.bridges()).containsExactly(barbell.edge(4, 5));
        // removing 4 separates the other clique (5) from the rest of its own (4)
        assertThat(cuts.separatedSizes(4)).containsExactly(5, 4);
        assertThat(cuts.separatedSizes(5)).containsExactly(5, 4);
    }

    @Test
    void sizesAreWithinTheVertexsComponent() {
        // a path 0-1-2, a triangle 3-4-5 and an isolated 6
        Cuts cuts = CutVertices.find(TestGraphs.of(7, 0, 1, 1, 2, 3, 4, 4, 5, 5, 3));

        assertThat(cuts.cutVertices()).containsExactly(1);
        assertThat(cuts.separatedSizes(1)).containsExactly(1, 1);
        assertThat(cuts.bridges()).hasSize(2);
    }

    @Test
    void noCutsInEmptyOrEdgelessGraphs() {
        for (CompactGraph graph : new CompactGraph[] {TestGraphs.of(0), TestGraphs.of(4), TestGraphs.of(2, 0, 1)}) {
            Cuts cuts = CutVertices.find(graph);
            assertThat(cuts.cutVertices()).isEmpty();
            assertThat(cuts.separatedSizes()).isEmpty();
        }
        assertThat(CutVertices.find(TestGraphs.of(2, 0, 1)).bridges()).containsExactly(0);
    }

    /** Vertex numbers follow the names, which sort as numbers only up to 99,999: look the middle up by name. */
    @Test
    void longPathWithoutRecursion() {
        int n = 200_000;
        CompactGraph path = TestGraphs.path(n);

        Cuts cuts = CutVertices.find(path);

        assertThat(cuts.cutVertices()).hasSize(n - 2);
        assertThat(cuts.bridges()).hasSize(n - 1);
        assertThat(cuts.separatedSizes(path.vertex(TestGraphs.name(100_000)))).containsExactly(100_000, 99_999);
        assertThat(cuts.separatedSizes(path.vertex(TestGraphs.name(1)))).containsExactly(n - 2, 1);
    }

    @Test
    void sameAsJGraphTBiconnectivityInspectorOnRandomGraphs() {
        for (int seed = 0; seed < 20; seed++) {
            int n = 50 + 10 * seed;
            CompactGraph graph = TestGraphs.random(n, n * (6 + seed % 10) / 10, seed);
            BiconnectivityInspector<Integer, Integer> inspector = new BiconnectivityInspector<>(new JGraphTView(graph));

            Cuts cuts = CutVertices.find(graph);

            assertThat(set(cuts.cutVertices())).as("cut vertices, seed " + seed).isEqualTo(inspector.getCutpoints());
            assertThat(set(cuts.bridges())).as("bridges, seed " + seed).isEqualTo(inspector.getBridges());
            assertThat(cuts.cutVertices()).isSorted();
            assertThat(cuts.bridges()).isSorted();
            for (int i = 0; i < cuts.cutVertices().length; i++) {
                int v = cuts.cutVertices()[i];
                assertThat(cuts.separatedSizes()[i]).as("pieces without " + v + ", seed " + seed)
                        .containsExactly(piecesWithout(graph, v));
            }
        }
    }

    private static Set<Integer> set(int[] values) {
        Set<Integer> set = new HashSet<>();
        for (int value : values) {
            set.add(value);
        }
        return set;
    }

    /** Brute force: the sizes of the components that the neighbours of {@code removed} fall into, largest first. */
    private static int[] piecesWithout(CompactGraph graph, int removed) {
        boolean[] seen = new boolean[graph.size()];
        seen[removed] = true;
        List<Integer> sizes = new ArrayList<>();
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        for (int s = offsets[removed]; s < offsets[removed + 1]; s++) {
            int start = neighbours[s];
            if (seen[start]) {
                continue;
            }
            int[] stack = new int[graph.size()];
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int size = 0;
            while (top > 0) {
                int v = stack[--top];
                size++;
                for (int t = offsets[v]; t < offsets[v + 1]; t++) {
                    if (!seen[neighbours[t]]) {
                        seen[neighbours[t]] = true;
                        stack[top++] = neighbours[t];
                    }
                }
            }
            sizes.add(size);
        }
        sizes.sort(Comparator.reverseOrder());
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }
}
