package org.contextmap.network.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.base.Labelled;
import org.contextmap.database.GraphReader;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.CompactGraphBuilder;
import org.contextmap.person.RelationshipKind;

/**
 * How the facts of a tie are held in the compact person graph, both ways: a stored {@code KNOWS}
 * relationship's kind, source and confidence become ordinals of {@link RelationshipKind},
 * {@link Agency} and {@link Confidence} (and its start an epoch day) when a snapshot is read, and
 * words again when a tie is shown. Both readers of the graph (Cypher rows and the embedded scan)
 * encode through here, and every view decodes through here, so the two never disagree.
 */
public final class TieCodes {

    private TieCodes() {
    }

    /** Adds the tie {@code from}–{@code to} with the facts of a stored {@code KNOWS} relationship. */
    static void add(CompactGraphBuilder builder, int from, int to, GraphReader.Row facts) {
        builder.add(from, to, ordinal(facts, "kind", RelationshipKind.class), ordinal(facts, "source", Agency.class),
                ordinal(facts, "confidence", Confidence.class), epochDay(facts), 1);
    }

    /** The same, for a reader that knows its two ends by id. */
    static void add(CompactGraphBuilder builder, String from, String to, GraphReader.Row facts) {
        builder.add(from, to, ordinal(facts, "kind", RelationshipKind.class), ordinal(facts, "source", Agency.class),
                ordinal(facts, "confidence", Confidence.class), epochDay(facts), 1);
    }

    /** The kinds of a tie in words ("Friend", "Sibling"), in the order of {@link RelationshipKind}. */
    public static List<String> kinds(CompactGraph graph, int edge) {
        return labels(RelationshipKind.values(), graph.kinds(edge));
    }

    /** The agencies that recorded a tie, in words. */
    public static List<String> sources(CompactGraph graph, int edge) {
        return labels(Agency.values(), graph.agencies(edge));
    }

    /** How confident the recorder was, in words, or {@code null} when it was not graded. */
    public static String confidence(CompactGraph graph, int edge) {
        return graph.confidence(edge) < 0 ? null : Confidence.values()[graph.confidence(edge)].label();
    }

    private static int epochDay(GraphReader.Row facts) {
        var since = facts.date("since");
        return since == null ? CompactGraph.SINCE_UNKNOWN : (int) since.toEpochDay();
    }

    /** The ordinal of a stored enumeration name, or -1 when absent or unknown. */
    private static <E extends Enum<E>> int ordinal(GraphReader.Row row, String column, Class<E> type) {
        E value = row.code(column, type);
        return value == null ? -1 : value.ordinal();
    }

    private static List<String> labels(Labelled[] values, int mask) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if ((mask & 1 << i) != 0) {
                labels.add(values[i].label());
            }
        }
        return labels;
    }
}
