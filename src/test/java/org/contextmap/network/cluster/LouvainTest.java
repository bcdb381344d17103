package org.contextmap.network.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.contextmap.network.cluster.Communities.allConnected;
import static org.contextmap.network.cluster.Communities.range;

import java.io.IOException;
import java.util.Random;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.JGraphTView;
import org.contextmap.network.graph.TestGraphs;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.junit.jupiter.api.Test;

class LouvainTest {

    @Test
    void findsTheTwoCliquesOfTheBarbell() {
        CompactGraph barbell = TestGraphs.barbell(5);
        for (long seed = 0; seed < 10; seed++) {
            Partition partition = Louvain.detect(barbell, seed, 1);

            assertThat(partition.members()).as("seed " + seed).isDeepEqualTo(new int[][] {range(0, 5), range(5, 10)});
            assertThat(partition.modularity()).isEqualTo(ModularityTest.BARBELL_CLIQUES, within(1e-9));
        }
    }

    @Test
    void findsTheCliquesOfARingOfCliques() {
        int cliques = 8;
        int k = 6;
        int[] pairs = new int[2 * (cliques * k * (k - 1) / 2 + cliques)];
        int p = 0;
        for (int c = 0; c < cliques; c++) {
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    pairs[p++] = c * k + a;
                    pairs[p++] = c * k + b;
                }
            }
            pairs[p++] = c * k;
            pairs[p++] = ((c + 1) % cliques) * k + 1;
        }
        CompactGraph ring = TestGraphs.of(cliques * k, pairs);

        Partition partition = Louvain.detect(ring, 3);

        assertThat(partition.count()).isEqualTo(cliques);
        for (int v = 0; v < ring.size(); v++) {
            assertThat(partition.community(v)).isEqualTo(partition.community(v / k * k));
        }
    }

    /**
     * On the London gang network NetworkX's {@code louvain_communities(G, seed=1)} reaches
     * {@value ModularityTest#GANG_NETWORKX_LOUVAIN}, JGraphT's greedy algorithm 0.25594 (the same
     * as NetworkX's greedy) and label propagation puts everyone in one community (0). Ours, with
     * its default of 64 runs, reaches 0.2616 to 0.2620 whatever the seed.
     */
    @Test
    void londonGangModularityAtLeastJGraphTsAndNearNetworkx() throws IOException {
        CompactGraph gang = TestGraphs.londonGang();
        JGraphTView view = new JGraphTView(gang);
        double greedy = CommunityDetection.partition(gang, new GreedyModularityAlgorithm<>(view).getClustering())
                .modularity();
        double labelPropagation = CommunityDetection
                .partition(gang, new LabelPropagationClustering<>(view, new Random(1)).getClustering()).modularity();

        for (long seed = 0; seed < 10; seed++) {
            Partition partition = Louvain.detect(gang, seed);

            assertThat(partition.modularity()).as("seed " + seed)
                    .isGreaterThanOrEqualTo(greedy)
                    .isGreaterThanOrEqualTo(labelPropagation)
                    .isGreaterThanOrEqualTo(0.95 * ModularityTest.GANG_NETWORKX_LOUVAIN)
                    .isGreaterThan(0.2615);
            assertThat(allConnected(partition)).isTrue();
        }
    }

    @Test
    void moreRunsNeverLowerModularity() throws IOException {
        CompactGraph gang = TestGraphs.londonGang();
        for (long seed = 0; seed < 5; seed++) {
            assertThat(Louvain.detect(gang, seed, 8).modularity())
                    .isGreaterThanOrEqualTo(Louvain.detect(gang, seed, 1).modularity());
        }
    }

    @Test
    void sameSeedSamePartition() throws IOException {
        CompactGraph gang = TestGraphs.londonGang();
        CompactGraph random = TestGraphs.random(2_000, 6_000, 5);

        assertThat(Louvain.detect(gang, 42)).isEqualTo(Louvain.detect(gang, 42));
        for (long seed = 0; seed < 3; seed++) {
            Partition first = Louvain.detect(random, seed, 1);
            assertThat(Louvain.detect(random, seed, 1).communities()).isEqualTo(first.communities());
        }
    }

    @Test
    void everyCommunityIsConnected() {
        for (int seed = 0; seed < 20; seed++) {
            // sparse enough to have many components and weakly tied communities
            CompactGraph graph = TestGraphs.random(400, 300 + 40 * seed, seed);
            Partition partition = Louvain.detect(graph, seed, 1);

            assertThat(allConnected(partition)).as("seed " + seed).isTrue();
            assertThat(partition.modularity()).isGreaterThan(0);
        }
    }

    @Test
    void isolatedVerticesStayAlone() {
        CompactGraph graph = TestGraphs.of(6, 0, 1, 1, 2, 2, 0);

        Partition partition = Louvain.detect(graph, 1);

        assertThat(partition.members()).isDeepEqualTo(new int[][] {{0, 1, 2}, {3}, {4}, {5}});
    }

    @Test
    void graphsWithoutEdges() {
        assertThat(Louvain.detect(TestGraphs.of(0), 1).count()).isZero();
        Partition singletons = Louvain.detect(TestGraphs.of(5), 1);
        assertThat(singletons.count()).isEqualTo(5);
        assertThat(singletons.modularity()).isZero();
    }

    @Test
    void longPath() {
        int n = 200_000;
        CompactGraph path = TestGraphs.path(n);

        Partition partition = Louvain.detect(path, 1, 1);

        assertThat(partition.modularity()).isGreaterThan(0.99);
        assertThat(allConnected(partition)).isTrue();
    }
}
