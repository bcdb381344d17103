package org.contextmap.network.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.junit.jupiter.api.Test;

/** Aggregation keeps modularity: a partition of a level's nodes scores as the partition of the vertices. */
class WeightedGraphTest {

    @Test
    void aggregationPreservesModularity() {
        for (int seed = 0; seed < 10; seed++) {
            CompactGraph graph = TestGraphs.random(300, 900, seed);
            Random random = new Random(seed);
            int k = 40;
            int[] fine = new int[graph.size()];
            int[] coarse = new int[k];
            for (int v = 0; v < fine.length; v++) {
                fine[v] = random.nextInt(k);
            }
            for (int c = 0; c < k; c++) {
                coarse[c] = random.nextInt(5);
            }
            int[] composed = new int[fine.length];
            for (int v = 0; v < fine.length; v++) {
                composed[v] = coarse[fine[v]];
            }

            WeightedGraph level = WeightedGraph.of(graph);
            WeightedGraph aggregated = level.aggregate(fine, k);

            assertThat(aggregated.totalStrength()).isEqualTo(2L * graph.edgeCount());
            assertThat(level.modularity(fine, k)).isCloseTo(Modularity.of(graph, fine, k), within(1e-12));
            int[] singletons = new int[k];
            for (int c = 0; c < k; c++) {
                singletons[c] = c;
            }
            assertThat(aggregated.modularity(singletons, k)).isCloseTo(Modularity.of(graph, fine, k), within(1e-12));
            assertThat(aggregated.modularity(coarse, 5)).isCloseTo(Modularity.of(graph, composed, 5), within(1e-12));
        }
    }

    @Test
    void selfLoopsCountTheEdgesInside() {
        WeightedGraph aggregated = WeightedGraph.of(TestGraphs.barbell(5))
                .aggregate(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, 2);

        assertThat(aggregated.size()).isEqualTo(2);
        assertThat(aggregated.selfLoop(0)).isEqualTo(10);
        assertThat(aggregated.strength(1)).isEqualTo(21);
        assertThat(aggregated.offsets()).containsExactly(0, 1, 2);
        assertThat(aggregated.targets()).containsExactly(1, 0);
        assertThat(aggregated.weight(0)).isEqualTo(1);
    }
}
