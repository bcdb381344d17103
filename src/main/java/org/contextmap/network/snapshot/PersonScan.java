package org.contextmap.network.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.CompactGraphBuilder;
import org.contextmap.schema.NodeLabel;
import org.contextmap.schema.RelType;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * Reads the person graph from the embedded database through Neo4j's Java API: a label scan for
 * the young people, then each one's outgoing {@code KNOWS} relationships. The same facts as the
 * Cypher of {@link NetworkProjection}, several times faster, because no result row is built
 * per tie and the other end is known by its internal node id rather than looked up by
 * {@code id}. Internal ids are used only within this one transaction, never kept.
 */
final class PersonScan {

    private static final Label YOUNG_PERSON = Label.label(NodeLabel.YOUNG_PERSON.label());
    private static final RelationshipType KNOWS = RelationshipType.withName(RelType.KNOWS.type());
    private static final String[] PROPERTIES = {"kind", "since", "source", "confidence"};

    private PersonScan() {
    }

    @SuppressWarnings("deprecation") // internal ids are stable within the transaction, which is all this needs
    static CompactGraph read(Transaction tx) {
        List<String> ids = new ArrayList<>();
        long[] nodeIds = new long[1024];
        try (ResourceIterator<Node> people = tx.findNodes(YOUNG_PERSON)) {
            while (people.hasNext()) {
                Node person = people.next();
                if (!(person.getProperty("id", null) instanceof String id)) {
                    continue; // not possible through the importer, which requires an id; never fail the snapshot
                }
                if (ids.size() == nodeIds.length) {
                    nodeIds = Arrays.copyOf(nodeIds, nodeIds.length * 2);
                }
                nodeIds[ids.size()] = person.getId();
                ids.add(id);
            }
        }
        CompactGraphBuilder builder = CompactGraph.builder(ids.toArray(String[]::new));
        NodeIndex vertices = new NodeIndex(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            vertices.put(nodeIds[i], builder.vertex(ids.get(i)));
        }
        ids.clear();
        for (int i = 0; i < vertices.size(); i++) {
            long nodeId = nodeIds[i];
            int from = vertices.get(nodeId);
            for (Relationship tie : tx.getNodeById(nodeId).getRelationships(Direction.OUTGOING, KNOWS)) {
                int to = vertices.get(tie.getEndNodeId());
                if (to >= 0) {
                    Map<String, Object> properties = tie.getProperties(PROPERTIES);
                    TieCodes.add(builder, from, to, properties::get);
                }
            }
        }
        return builder.build();
    }

    /** Internal node id to vertex: open addressing over primitive arrays, no boxing. */
    private static final class NodeIndex {

        private final long[] keys;
        private final int[] values;
        private final int mask;
        private int size;

        NodeIndex(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            Arrays.fill(keys, -1);
            values = new int[capacity];
            mask = capacity - 1;
        }

        void put(long key, int value) {
            int slot = slot(key);
            while (keys[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == -1) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(long key) {
            int slot = slot(key);
            while (keys[slot] != -1) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        int size() {
            return size;
        }

        private int slot(long key) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 40) & mask;
        }
    }
}
