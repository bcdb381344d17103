package org.contextmap.exchange;

import static org.contextmap.schema.NodeLabel.FAMILY;
import static org.contextmap.schema.NodeLabel.INCIDENT;
import static org.contextmap.schema.NodeLabel.LOCATION;
import static org.contextmap.schema.NodeLabel.MEETING;
import static org.contextmap.schema.NodeLabel.PEER_GROUP;
import static org.contextmap.schema.NodeLabel.REFERRAL;
import static org.contextmap.schema.NodeLabel.YOUNG_PERSON;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.RecordValues;
import org.contextmap.schema.NodeLabel;
import org.contextmap.schema.RelType;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The marks on the links an import may replace (a young person's school or family, an
 * incident's place and cast, what a referral or meeting is about, the relation between two
 * groups): which import made the link and when it was recorded. Writing the before image back recreates a
 * replaced link; these marks are then put back on it, so that an undone import leaves not just
 * the same links but the same provenance on them.
 *
 * <p>It reads and writes the relationships of every feature that a bundle writes, directly,
 * because undoing an import must restore them exactly as they were, in the import's own
 * transactions; the kinds of link are named through {@code schema}'s declarations.
 */
@Component
class LinkMarks {

    /**
     * A replaceable link: the label of its start node, its type, the label of its end node; the
     * label of the records of the before image it belongs to ({@code anchor}); and the property
     * that tells two links between the same nodes apart, if any.
     */
    private record Kind(NodeLabel start, RelType type, NodeLabel end, NodeLabel anchor, String discriminator) {

        Kind(NodeLabel start, RelType type, NodeLabel end) {
            this(start, type, end, start, null);
        }

        boolean is(String start, String type, String end) {
            return this.start.label().equals(start) && this.type.type().equals(type) && this.end.label().equals(end);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(YOUNG_PERSON, RelType.IN_FAMILY, FAMILY),
            new Kind(YOUNG_PERSON, RelType.ATTENDS, LOCATION),
            new Kind(INCIDENT, RelType.AT, LOCATION),
            new Kind(REFERRAL, RelType.ABOUT, YOUNG_PERSON),
            new Kind(MEETING, RelType.ABOUT, YOUNG_PERSON),
            new Kind(MEETING, RelType.ABOUT, PEER_GROUP),
            new Kind(MEETING, RelType.ABOUT, LOCATION),
            new Kind(PEER_GROUP, RelType.IN_CONFLICT_WITH, PEER_GROUP),
            new Kind(PEER_GROUP, RelType.ALLIED_WITH, PEER_GROUP),
            new Kind(YOUNG_PERSON, RelType.INVOLVED_IN, INCIDENT, INCIDENT, "role"));

    private static final List<String> COLUMNS = List.of("start_label", "type", "end_label", "start", "end",
            "discriminator", "import_id", "recorded_at");

    private final Neo4jClient client;
    private final BatchWriter writer;

    LinkMarks(Neo4jClient client, BatchWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    /** The marks on the replaceable links of the records in {@code before}, as CSV text. */
    String capture(Bundle before) {
        Map<NodeLabel, List<String>> idsByLabel = new EnumMap<>(NodeLabel.class);
        idsByLabel.put(YOUNG_PERSON, before.youngPeople().stream().map(p -> p.id()).toList());
        idsByLabel.put(INCIDENT, Stream.concat(before.incidents().stream().map(i -> i.id()),
                before.incidentPeople().stream().map(v -> v.incidentId())).distinct().toList());
        idsByLabel.put(REFERRAL, before.referrals().stream().map(r -> r.id()).toList());
        idsByLabel.put(MEETING, before.meetings().stream().map(m -> m.id()).toList());
        idsByLabel.put(PEER_GROUP, before.groupRelations().stream().map(r -> r.groupA()).distinct().toList());
        var text = new StringWriter();
        var csv = new CsvWriter(text);
        csv.writeRow(COLUMNS);
        for (Kind kind : KINDS) {
            Collection<String> ids = idsByLabel.get(kind.anchor());
            if (ids.isEmpty()) {
                continue;
            }
            boolean fromStart = kind.anchor() == kind.start();
            client.query("""
                    UNWIND $ids AS key
                    MATCH (a:%s%s)-[r:%s]->(b:%s%s)
                    RETURN a.id AS start, b.id AS end, %s AS discriminator, r.importId AS importId,
                           r.recordedAt AS recordedAt
                    """.formatted(kind.start(), fromStart ? " {id: key}" : "", kind.type(), kind.end(),
                            fromStart ? "" : " {id: key}", kind.discriminator() == null ? "null" : "r." + kind.discriminator()))
                    .bind(List.copyOf(ids)).to("ids").fetchAs(List.class).mappedBy((types, record) -> {
                        OffsetDateTime recordedAt = RecordValues.zonedDateTime(record.get("recordedAt"));
                        return List.of(kind.start().label(), kind.type().type(), kind.end().label(), record.get("start").asString(),
                                record.get("end").asString(), CsvValues.text(RecordValues.text(record.get("discriminator"))),
                                CsvValues.text(RecordValues.text(record.get("importId"))),
                                recordedAt == null ? "" : recordedAt.toString());
                    }).all().forEach(row -> csv.writeRow(castRow(row)));
        }
        return text.toString();
    }

    /** Puts the captured marks back on the links, which the before image has recreated. */
    void restore(String marks) {
        if (marks == null || marks.isEmpty()) {
            return;
        }
        CsvReader.Table table;
        try {
            table = CsvReader.read("link marks", new ByteArrayInputStream(marks.getBytes(StandardCharsets.UTF_8)),
                    new Problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Kind, List<Map<String, Object>>> byKind = new LinkedHashMap<>();
        for (CsvReader.CsvRecord row : table.rows()) {
            String[] f = row.fields();
            Map<String, Object> mark = new HashMap<>();
            mark.put("start", f[3]);
            mark.put("end", f[4]);
            mark.put("discriminator", f[5]);
            mark.put("importId", f[6].isEmpty() ? null : f[6]);
            mark.put("recordedAt", f[7].isEmpty() ? null : OffsetDateTime.parse(f[7]));
            Kind kind = KINDS.stream().filter(k -> k.is(f[0], f[1], f[2]))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("Not a replaceable link: " + f[1]));
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(mark);
        }
        byKind.forEach((kind, rows) -> writer.write(rows, mark -> mark, """
                UNWIND $rows AS row
                MATCH (a:%s {id: row.start})-[r:%s%s]->(b:%s {id: row.end})
                SET r.importId = row.importId, r.recordedAt = row.recordedAt
                """.formatted(kind.start(), kind.type(),
                        kind.discriminator() == null ? "" : " {" + kind.discriminator() + ": row.discriminator}",
                        kind.end())));
    }

    @SuppressWarnings("unchecked")
    private static List<String> castRow(Object row) {
        return (List<String>) row;
    }
}
