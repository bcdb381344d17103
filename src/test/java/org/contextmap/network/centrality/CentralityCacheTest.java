package org.contextmap.network.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.contextmap.base.BadRequestException;
import org.contextmap.network.AnalyticsProperties;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.graph.TestGraphs;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.junit.jupiter.api.Test;

/** Which betweenness a network of a given size gets, what is refused, and what is kept. */
class CentralityCacheTest {

    private final CentralityCache cache = new CentralityCache(new AnalyticsProperties(100, 0.05, 0.1, 7L));

    @Test
    void exactUpToTheLimitSampledAboveIt() {
        assertThat(cache.scores(snapshot(TestGraphs.random(100, 300, 1), 1), Metric.BETWEENNESS, null).approximate())
                .isNull();
        var large = cache.scores(snapshot(TestGraphs.random(101, 300, 1), 1), Metric.BETWEENNESS, null);
        assertThat(large.approximate()).isNotNull();
        assertThat(large.approximate().epsilon()).isEqualTo(0.05);
    }

    @Test
    void allPairsDistancesAreRefusedAboveTheLimitWithAReason() {
        NetworkSnapshot large = snapshot(TestGraphs.random(101, 300, 1), 1);

        assertThatThrownBy(() -> cache.scores(large, Metric.CLOSENESS, null))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("up to 100 people; this one has 101");
        assertThat(cache.scores(large, Metric.PAGERANK, null).values()).hasSize(101);
    }

    @Test
    void computedOncePerVersionAndForgottenWhenTheDataChanges() {
        CompactGraph graph = TestGraphs.random(50, 100, 2);
        var first = cache.scores(snapshot(graph, 1), Metric.PAGERANK, null);

        assertThat(cache.scores(snapshot(graph, 1), Metric.PAGERANK, null)).isSameAs(first);
        assertThat(cache.ifComputed(snapshot(graph, 1), Metric.PAGERANK)).isSameAs(first);

        cache.scores(snapshot(graph, 2), Metric.DEGREE, null);
        assertThat(cache.ifComputed(snapshot(graph, 1), Metric.PAGERANK)).as("stale version dropped").isNull();
    }

    private static NetworkSnapshot snapshot(CompactGraph graph, long version) {
        return new NetworkSnapshot(version, Instant.EPOCH, LocalDate.of(2026, 1, 1), graph,
                GroupNetwork.builder(new String[0], new String[0], graph).build());
    }
}
