package org.contextmap.network.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.JGraphTView;
import org.contextmap.network.graph.TestGraphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The array-based, parallel Brandes gives JGraphT's betweenness on random graphs, connected or not. */
class BrandesBetweennessTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void equalsJGraphT(long seed) {
        int n = 60 + (int) seed * 17;
        CompactGraph graph = TestGraphs.random(n, (int) (n * (seed % 2 == 0 ? 1.2 : 3)), seed);

        Map<Integer, Double> reference = new BetweennessCentrality<>(new JGraphTView(graph), false).getScores();
        double[] ours = BrandesBetweenness.compute(graph, 2);
        double[] single = BrandesBetweenness.compute(graph, 1);

        // JGraphT's undirected, unnormalised score counts each unordered pair once
        double toJGraphT = (double) (n - 1) * (n - 2) / 2;
        for (int v = 0; v < n; v++) {
            assertThat(ours[v] * toJGraphT).as("vertex " + v).isCloseTo(reference.get(v), within(1e-7));
            assertThat(single[v]).isCloseTo(ours[v], within(1e-12));
        }
    }
}
