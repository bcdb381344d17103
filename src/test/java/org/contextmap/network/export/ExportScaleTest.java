package org.contextmap.network.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both writers over a network of the size the brief names (20,000 people, 200,000 ties), into a counting sink. */
class ExportScaleTest {

    private static ExportedNetwork network;

    @BeforeAll
    static void build() {
        CompactGraph people = TestGraphs.random(20_000, 200_000, 11);
        double[] degree = new double[people.size()];
        for (int v = 0; v < degree.length; v++) {
            degree[v] = people.degree(v) / (people.size() - 1.0);
        }
        network = new ExportedNetwork(people, null, Map.of(Metric.DEGREE, degree), null, null, null);
    }

    @Test
    void graphMlStreamsALargeNetwork() throws IOException {
        assertThat(bytes(new GraphMlWriter())).isGreaterThan(200_000L * 50);
    }

    @Test
    void gexfStreamsALargeNetwork() throws IOException {
        assertThat(bytes(new GexfWriter())).isGreaterThan(200_000L * 50);
    }

    private static long bytes(NetworkWriter writer) throws IOException {
        Counting sink = new Counting();
        writer.write(network, sink);
        return sink.count;
    }

    private static final class Counting extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
