package org.contextmap.network.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.CompactGraphBuilder;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.graph.TestGraphs;
import org.contextmap.person.RelationshipKind;
import org.w3c.dom.Document;

/**
 * A small network with every case the writers must handle: merged ties, a tie without date or
 * provenance, an isolated person, names that need escaping or cleaning, a missing name, a NaN
 * score, and two groups in conflict.
 */
final class ExportFixtures {

    static final String ZOE = "Zoë \"Z\" <Smith> & co";
    static final String RIVERSIDE = "Riverside & <Co> 'RS'";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final double[] PAGERANK = {0.3, 0.25, 0.2, 0.15, 0.1};

    private ExportFixtures() {
    }

    static String person(int v) {
        return TestGraphs.name(v);
    }

    static CompactGraph people() {
        String[] ids = new String[5];
        for (int v = 0; v < ids.length; v++) {
            ids[v] = person(v);
        }
        CompactGraphBuilder builder = CompactGraph.builder(ids);
        builder.add(person(0), person(1), RelationshipKind.FRIEND.ordinal(), Agency.POLICE.ordinal(),
                Confidence.CONFIRMED.ordinal(), day(2025, 3, 1), 1);
        builder.add(person(1), person(0), RelationshipKind.CO_OFFENDER.ordinal(), Agency.SOCIAL_CARE.ordinal(),
                Confidence.PROBABLE.ordinal(), day(2025, 5, 1), 1);
        builder.add(person(1), person(2), RelationshipKind.SIBLING.ordinal(), -1, -1, CompactGraph.SINCE_UNKNOWN, 1);
        builder.add(person(2), person(3), RelationshipKind.ASSOCIATE.ordinal(), Agency.EDUCATION.ordinal(),
                Confidence.POSSIBLE.ordinal(), day(2024, 11, 20), 1);
        return builder.build();
    }

    static ExportedNetwork network() {
        return network(people(), "g1", "g2");
    }

    /** The fixture with its two groups under the given ids (the first is Northside, the second Riverside). */
    static ExportedNetwork network(CompactGraph people, String north, String river) {
        GroupNetwork groups = GroupNetwork.builder(new String[] {north, river}, new String[] {"Northside", RIVERSIDE},
                        people)
                .relation(north, river, GroupLink.CONFLICT, LocalDate.of(2024, 6, 1))
                .association(person(0), north, LocalDate.of(2025, 1, 1))
                .association(person(1), north, null)
                .association(person(3), river, LocalDate.of(2024, 1, 1))
                .build();
        String[] names = {ZOE, "Amir", null, "Kai", "Lena\u0001"};
        Map<Metric, double[]> scores = new EnumMap<>(Metric.class);
        scores.put(Metric.PAGERANK, PAGERANK);
        scores.put(Metric.CLOSENESS, new double[] {0.75, 1.0, 0.75, 0.5, Double.NaN});
        return new ExportedNetwork(people, names, scores, groups, null, AS_OF);
    }

    static int day(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    static byte[] write(NetworkWriter writer, ExportedNetwork network) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(network, out);
        return out.toByteArray();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
