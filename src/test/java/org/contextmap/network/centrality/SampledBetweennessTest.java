package org.contextmap.network.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.junit.jupiter.api.Test;

class SampledBetweennessTest {

    @Test
    void everyEstimateIsWithinTheStatedError() {
        CompactGraph graph = TestGraphs.random(2_000, 6_000, 11);
        double[] exact = BrandesBetweenness.compute(graph);

        SampledBetweenness.Estimate estimate = SampledBetweenness.compute(graph, 0.02, 0.1, 42);

        assertThat(estimate.samples()).isEqualTo(
                SampledBetweenness.sampleSize(0.02, 0.1, estimate.vertexDiameter()));
        double worst = 0;
        for (int v = 0; v < graph.size(); v++) {
            worst = Math.max(worst, Math.abs(estimate.scores()[v] - exact[v]));
        }
        assertThat(worst).isLessThanOrEqualTo(estimate.networkxError());
        assertThat(estimate.networkxError()).isGreaterThan(0.02);
    }

    @Test
    void theSameSeedGivesTheSameEstimates() {
        CompactGraph graph = TestGraphs.random(500, 1_500, 3);

        assertThat(SampledBetweenness.compute(graph, 0.05, 0.1, 7, 2).scores())
                .containsExactly(SampledBetweenness.compute(graph, 0.05, 0.1, 7, 2).scores());
    }

    @Test
    void theVertexDiameterBoundCoversThePath() {
        // a path of 10 has 10 vertices on its longest shortest path; from vertex 0: d1 = 9, d2 = 8
        assertThat(SampledBetweenness.vertexDiameterBound(TestGraphs.path(10))).isBetween(10, 19);
        assertThat(SampledBetweenness.sampleSize(0.05, 0.1, 10)).isEqualTo(
                (int) Math.ceil(0.5 / 0.0025 * (3 + 1 + Math.log(10))));
    }
}
