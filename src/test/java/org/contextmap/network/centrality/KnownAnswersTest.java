package org.contextmap.network.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.junit.jupiter.api.Test;

/** Tiny hand-built graphs whose centralities can be worked out on paper. */
class KnownAnswersTest {

    private static final double EXACT = 1e-12;

    @Test
    void star() {
        CompactGraph star = TestGraphs.star(5);

        // the centre lies on the one shortest path between each of the 4·3 ordered pairs of leaves
        assertThat(BrandesBetweenness.compute(star)).containsExactly(new double[] {1, 0, 0, 0, 0}, within(EXACT));
        assertThat(DegreeCentrality.compute(star)).containsExactly(new double[] {1, .25, .25, .25, .25}, within(EXACT));
        // a leaf reaches the centre at 1 and three leaves at 2: 4 / 7
        assertThat(DistanceCentrality.closeness(star))
                .containsExactly(new double[] {1, 4 / 7.0, 4 / 7.0, 4 / 7.0, 4 / 7.0}, within(EXACT));
        assertThat(DistanceCentrality.harmonic(star))
                .containsExactly(new double[] {4, 2.5, 2.5, 2.5, 2.5}, within(EXACT));
        assertThat(Coreness.scores(star)).containsExactly(new double[] {1, 1, 1, 1, 1}, within(EXACT));
        assertThat(ClusteringCoefficient.compute(star)).containsOnly(0.0);
        double[] pagerank = PageRank.compute(star);
        assertThat(pagerank[0]).isGreaterThan(pagerank[1]);
        assertThat(sum(pagerank)).isCloseTo(1, within(1e-9));
    }

    @Test
    void path() {
        CompactGraph path = TestGraphs.path(5);

        // 0-1-2-3-4: vertex 1 is inner to pairs {0}x{2,3,4} = 3 unordered pairs, vertex 2 to 4; scale 2/(4·3)
        assertThat(BrandesBetweenness.compute(path))
                .containsExactly(new double[] {0, 0.5, 4 / 6.0, 0.5, 0}, within(EXACT));
        assertThat(DistanceCentrality.closeness(path))
                .containsExactly(new double[] {0.4, 4 / 7.0, 4 / 6.0, 4 / 7.0, 0.4}, within(EXACT));
        assertThat(Coreness.scores(path)).containsOnly(1.0);
        double[] eigenvector = EigenvectorCentrality.compute(path);
        assertThat(eigenvector[2]).isGreaterThan(eigenvector[1]).isGreaterThan(eigenvector[0]);
        assertThat(eigenvector[0]).isCloseTo(eigenvector[4], within(EXACT));
    }

    @Test
    void twoCliquesJoinedByABridge() {
        CompactGraph barbell = TestGraphs.barbell(4);

        double[] betweenness = BrandesBetweenness.compute(barbell);
        // vertex 3 (an end of the bridge 3-4) is inner to the one shortest path between each of
        // {0,1,2} and each of {4,5,6,7}: 3·4 = 12 unordered pairs, 24 ordered, over (n-1)(n-2) = 42
        assertThat(betweenness[3]).isCloseTo(2 * 12 / (7.0 * 6), within(EXACT));
        assertThat(betweenness[0]).isZero();
        assertThat(ClusteringCoefficient.compute(barbell)[0]).isEqualTo(1.0);
        // vertex 3 has neighbours 0,1,2 (all tied) and 4: 3 of 6 pairs tied
        assertThat(ClusteringCoefficient.compute(barbell)[3]).isCloseTo(0.5, within(EXACT));
        assertThat(Coreness.scores(barbell)).containsOnly(3.0);
    }

    @Test
    void isolatedPeopleScoreZeroWithoutBreakingAnything() {
        CompactGraph graph = TestGraphs.of(4, 0, 1);

        assertThat(BrandesBetweenness.compute(graph)).containsOnly(0.0);
        assertThat(DistanceCentrality.closeness(graph)[2]).isZero();
        // 0 reaches one of three others at distance 1: (1/1)·(1/3)
        assertThat(DistanceCentrality.closeness(graph)[0]).isCloseTo(1 / 3.0, within(EXACT));
        assertThat(sum(PageRank.compute(graph))).isCloseTo(1, within(1e-9));
        assertThat(Coreness.scores(graph)).containsExactly(new double[] {1, 1, 0, 0}, within(EXACT));
    }

    @Test
    void emptyGraph() {
        CompactGraph empty = TestGraphs.of(0);

        for (Metric metric : Metric.values()) {
            assertThat(Centralities.compute(metric, empty).values()).isEmpty();
        }
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
