package org.contextmap.network.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Collections;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.junit.jupiter.api.Test;

class CommunityDetectionTest {

    @Test
    void londonGangBestIsLouvain() throws IOException {
        CompactGraph gang = TestGraphs.londonGang();

        Detected detected = CommunityDetection.best(gang, 1);

        assertThat(detected.modularityByAlgorithm()).containsOnlyKeys(CommunityDetection.LOUVAIN,
                CommunityDetection.GREEDY_MODULARITY, CommunityDetection.LABEL_PROPAGATION);
        assertThat(detected.algorithm()).isEqualTo(CommunityDetection.LOUVAIN);
        assertThat(detected.modularity())
                .isEqualTo(Collections.max(detected.modularityByAlgorithm().values()))
                .isEqualTo(detected.modularityByAlgorithm().get(CommunityDetection.LOUVAIN));
        // JGraphT's greedy algorithm is Clauset-Newman-Moore, as NetworkX's greedy_modularity_communities
        assertThat(detected.modularityByAlgorithm().get(CommunityDetection.GREEDY_MODULARITY))
                .isCloseTo(ModularityTest.GANG_NETWORKX_GREEDY, within(1e-9));
    }

    @Test
    void sameSeedSameAnswer() throws IOException {
        CompactGraph gang = TestGraphs.londonGang();

        Detected first = CommunityDetection.best(gang, 7);
        Detected second = CommunityDetection.best(gang, 7);

        assertThat(second.partition()).isEqualTo(first.partition());
        assertThat(second.modularityByAlgorithm()).isEqualTo(first.modularityByAlgorithm());
    }

    @Test
    void jgraphtSkippedAboveTheLimit() throws IOException {
        CompactGraph gang = TestGraphs.londonGang();

        Detected detected = CommunityDetection.best(gang, 1, 53);

        assertThat(detected.modularityByAlgorithm()).containsOnlyKeys(CommunityDetection.LOUVAIN);
        assertThat(CommunityDetection.best(gang, 1, 54).modularityByAlgorithm()).hasSize(3);
    }

    @Test
    void jgraphtPartitionsCoverIsolatedVertices() {
        CompactGraph graph = TestGraphs.of(8, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3);

        for (Partition partition : CommunityDetection.all(graph, 1, 100).values()) {
            assertThat(partition.communities()).hasSize(8);
            assertThat(partition.community(6)).isNotEqualTo(partition.community(7));
        }
        Detected detected = CommunityDetection.best(graph, 1);
        assertThat(detected.partition().members()).isDeepEqualTo(new int[][] {{0, 1, 2}, {3, 4, 5}, {6}, {7}});
    }

    @Test
    void graphsWithoutEdgesRunLouvainOnly() {
        for (CompactGraph graph : new CompactGraph[] {TestGraphs.of(0), TestGraphs.of(3)}) {
            Detected detected = CommunityDetection.best(graph, 1);

            assertThat(detected.algorithm()).isEqualTo(CommunityDetection.LOUVAIN);
            assertThat(detected.modularityByAlgorithm()).containsOnlyKeys(CommunityDetection.LOUVAIN);
            assertThat(detected.modularity()).isZero();
        }
    }
}
