package org.contextmap.network.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every metric on the real London gang network (54 members, 315 ties, binarised) equals
 * NetworkX's to 1e-9, PageRank to 1e-6. The reference values are a fixture made once by
 * {@code src/test/resources/network/networkx_reference.py} (its header says how).
 */
class NetworkxReferenceTest {

    @ParameterizedTest
    @EnumSource(Metric.class)
    void equalsNetworkx(Metric metric) throws IOException {
        CompactGraph graph = TestGraphs.londonGang();
        assertThat(graph.size()).isEqualTo(54);
        assertThat(graph.edgeCount()).isEqualTo(315);
        List<String[]> reference = reference();
        int column = List.of(reference.get(0)).indexOf(metric.name().toLowerCase());
        assertThat(column).as("fixture column for " + metric).isPositive();

        double[] scores = Centralities.compute(metric, graph).values();

        double tolerance = metric == Metric.PAGERANK ? 1e-6 : 1e-9;
        for (String[] row : reference.subList(1, reference.size())) {
            int vertex = graph.vertex(row[0]);
            assertThat(scores[vertex]).as(metric + " of " + row[0])
                    .isCloseTo(Double.parseDouble(row[column]), within(tolerance));
        }
    }

    static List<String[]> reference() throws IOException {
        try (InputStream in = NetworkxReferenceTest.class.getResourceAsStream("/network/london-gang-networkx.csv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("\"#") && !line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            return rows;
        }
    }
}
