package org.contextmap.network.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.contextmap.network.cluster.Communities.groups;
import static org.contextmap.network.cluster.Communities.range;

import java.io.IOException;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.junit.jupiter.api.Test;

/**
 * Modularity equals NetworkX 2.8.8's {@code networkx.algorithms.community.modularity} to 1e-9.
 * The reference numbers and partitions were printed, from the repository root, by:
 *
 * <pre>
 * /usr/bin/python3 - &lt;&lt;'EOF'
 * import csv, networkx as nx
 * from networkx.algorithms.community import modularity, louvain_communities, greedy_modularity_communities
 * rows = list(csv.reader(open("src/test/resources/london-gang/LONDON_GANG.csv")))
 * G = nx.Graph()
 * G.add_nodes_from("LG%02d" % r for r in range(1, len(rows)))
 * G.add_edges_from(("LG%02d" % r, "LG%02d" % c) for r in range(1, len(rows))
 *                  for c in range(r + 1, len(rows[r])) if int(rows[r][c]) > 0)
 * B = nx.barbell_graph(5, 0)
 * print(repr(modularity(B, [range(5), range(5, 10)])), repr(modularity(B, [{v} for v in B])))
 * for parts in (louvain_communities(G, seed=1), greedy_modularity_communities(G)):
 *     print(repr(modularity(G, parts)), sorted(sorted(p) for p in parts))
 * EOF
 * </pre>
 */
class ModularityTest {

    static final double BARBELL_CLIQUES = 0.45238095238095233;
    static final double BARBELL_SINGLETONS = -0.10090702947845807;
    /** {@code modularity(G, louvain_communities(G, seed=1))} on the London gang network. */
    static final double GANG_NETWORKX_LOUVAIN = 0.25923910304862685;
    static final double GANG_NETWORKX_GREEDY = 0.2559435626102292;

    static final String[][] GANG_LOUVAIN_SEED_1 = {
        {"LG01", "LG04", "LG05", "LG06", "LG17", "LG18", "LG19", "LG20", "LG40", "LG41", "LG42", "LG43", "LG44",
            "LG45", "LG46", "LG49", "LG50", "LG51", "LG53"},
        {"LG02", "LG13", "LG14", "LG15", "LG16", "LG30", "LG38"},
        {"LG03", "LG12", "LG33", "LG34", "LG35", "LG36", "LG37"},
        {"LG07", "LG47", "LG48"},
        {"LG08", "LG09", "LG10", "LG11", "LG21", "LG22", "LG23", "LG24", "LG25", "LG26", "LG27", "LG28", "LG29",
            "LG31", "LG32", "LG39", "LG52", "LG54"}};

    static final String[][] GANG_GREEDY = {
        {"LG01", "LG04", "LG05", "LG06", "LG15", "LG17", "LG18", "LG19", "LG20", "LG40", "LG41", "LG42", "LG43",
            "LG44", "LG45", "LG46", "LG49", "LG50", "LG51", "LG53"},
        {"LG02", "LG07", "LG08", "LG09", "LG10", "LG11", "LG21", "LG22", "LG23", "LG24", "LG25", "LG26", "LG27",
            "LG28", "LG29", "LG31", "LG32", "LG39", "LG47", "LG48", "LG52"},
        {"LG03", "LG12", "LG33", "LG34", "LG35", "LG36", "LG37"},
        {"LG13", "LG14", "LG16", "LG30", "LG38", "LG54"}};

    @Test
    void barbellSplitIntoItsCliques() {
        Partition cliques = Partition.ofGroups(TestGraphs.barbell(5), new int[][] {range(0, 5), range(5, 10)});

        assertThat(cliques.modularity()).isCloseTo(BARBELL_CLIQUES, within(1e-9));
        // each clique: 10 of the 21 edges inside, half of the degree: 10/21 - 1/4
        assertThat(cliques.contributions()).containsExactly(new double[] {10.0 / 21 - 0.25, 10.0 / 21 - 0.25},
                within(1e-12));
    }

    @Test
    void barbellInSingletonsAndAsOneCommunity() {
        CompactGraph barbell = TestGraphs.barbell(5);

        assertThat(Partition.ofGroups(barbell, new int[0][]).modularity())
                .isCloseTo(BARBELL_SINGLETONS, within(1e-9));
        assertThat(Partition.ofGroups(barbell, new int[][] {range(0, 10)}).modularity()).isCloseTo(0, within(1e-12));
    }

    @Test
    void londonGangNetworkxLouvainPartition() throws IOException {
        CompactGraph gang = TestGraphs.londonGang();
        Partition partition = Partition.ofGroups(gang, groups(gang, GANG_LOUVAIN_SEED_1));

        assertThat(partition.count()).isEqualTo(5);
        assertThat(partition.modularity()).isCloseTo(GANG_NETWORKX_LOUVAIN, within(1e-9));
        assertThat(Modularity.of(gang, partition.communities(), partition.count()))
                .isCloseTo(GANG_NETWORKX_LOUVAIN, within(1e-9));
    }

    @Test
    void londonGangNetworkxGreedyPartition() throws IOException {
        CompactGraph gang = TestGraphs.londonGang();
        Partition partition = Partition.ofGroups(gang, groups(gang, GANG_GREEDY));

        assertThat(partition.modularity()).isCloseTo(GANG_NETWORKX_GREEDY, within(1e-9));
        double sum = 0;
        for (double contribution : partition.contributions()) {
            sum += contribution;
        }
        assertThat(sum).isCloseTo(partition.modularity(), within(1e-15));
    }

    @Test
    void graphWithoutEdgesHasModularityZero() {
        assertThat(Partition.ofGroups(TestGraphs.of(4), new int[0][]).modularity()).isZero();
        Partition empty = Partition.of(TestGraphs.of(0), new int[0]);
        assertThat(empty.count()).isZero();
        assertThat(empty.modularity()).isZero();
        assertThat(empty.members()).isEmpty();
    }

    @Test
    void communitiesAreNumberedBySizeThenSmallestVertex() {
        CompactGraph graph = TestGraphs.path(7);

        Partition partition = Partition.of(graph, new int[] {7, 7, -3, -3, -3, 9, 4});

        assertThat(partition.communities()).containsExactly(1, 1, 0, 0, 0, 2, 3);
        assertThat(partition.members()).isDeepEqualTo(new int[][] {{2, 3, 4}, {0, 1}, {5}, {6}});
        assertThat(partition.size(0)).isEqualTo(3);
        assertThat(partition).isEqualTo(Partition.of(graph, new int[] {1, 1, 0, 0, 0, 5, 6}));
    }
}
