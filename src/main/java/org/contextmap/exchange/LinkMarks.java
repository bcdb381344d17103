package org.contextmap.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.RecordValues;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The marks on the single links an import may replace (a young person's school or family, an
 * incident's place, what a referral or meeting is about, the relation between two groups): which
 * import made the link and when it was recorded. Writing the before image back recreates a
 * replaced link; these marks are then put back on it, so that an undone import leaves not just
 * the same links but the same provenance on them.
 */
@Component
class LinkMarks {

    /** A replaceable link: the label of its start node, its type, the label of its end node. */
    private record Kind(String start, String type, String end) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("YoungPerson", "IN_FAMILY", "Family"),
            new Kind("YoungPerson", "ATTENDS", "Location"),
            new Kind("Incident", "AT", "Location"),
            new Kind("Referral", "ABOUT", "YoungPerson"),
            new Kind("Meeting", "ABOUT", "YoungPerson"),
            new Kind("Meeting", "ABOUT", "PeerGroup"),
            new Kind("Meeting", "ABOUT", "Location"),
            new Kind("PeerGroup", "IN_CONFLICT_WITH", "PeerGroup"),
            new Kind("PeerGroup", "ALLIED_WITH", "PeerGroup"));

    private static final List<String> COLUMNS = List.of("start_label", "type", "end_label", "start", "end", "import_id",
            "recorded_at");

    private final Neo4jClient client;
    private final BatchWriter writer;

    LinkMarks(Neo4jClient client, BatchWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    /** The marks on the replaceable links of the records in {@code before}, as CSV text. */
    String capture(Bundle before) {
        Map<String, List<String>> idsByLabel = new HashMap<>();
        idsByLabel.put("YoungPerson", before.youngPeople().stream().map(p -> p.id()).toList());
        idsByLabel.put("Incident", before.incidents().stream().map(i -> i.id()).toList());
        idsByLabel.put("Referral", before.referrals().stream().map(r -> r.id()).toList());
        idsByLabel.put("Meeting", before.meetings().stream().map(m -> m.id()).toList());
        idsByLabel.put("PeerGroup", before.groupRelations().stream().map(r -> r.groupA()).distinct().toList());
        var text = new StringWriter();
        var csv = new CsvWriter(text);
        csv.writeRow(COLUMNS);
        for (Kind kind : KINDS) {
            Collection<String> ids = idsByLabel.get(kind.start());
            if (ids.isEmpty()) {
                continue;
            }
            client.query("""
                    UNWIND $ids AS key
                    MATCH (a:%s {id: key})-[r:%s]->(b:%s)
                    RETURN a.id AS start, b.id AS end, r.importId AS importId, r.recordedAt AS recordedAt
                    """.formatted(kind.start(), kind.type(), kind.end()))
                    .bind(List.copyOf(ids)).to("ids").fetchAs(List.class).mappedBy((types, record) -> {
                        OffsetDateTime recordedAt = RecordValues.zonedDateTime(record.get("recordedAt"));
                        return List.of(kind.start(), kind.type(), kind.end(), record.get("start").asString(),
                                record.get("end").asString(), CsvValues.text(RecordValues.text(record.get("importId"))),
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
        for (CsvReader.Row row : table.rows()) {
            String[] f = row.fields();
            Map<String, Object> mark = new HashMap<>();
            mark.put("start", f[3]);
            mark.put("end", f[4]);
            mark.put("importId", f[5].isEmpty() ? null : f[5]);
            mark.put("recordedAt", f[6].isEmpty() ? null : OffsetDateTime.parse(f[6]));
            byKind.computeIfAbsent(new Kind(f[0], f[1], f[2]), k -> new ArrayList<>()).add(mark);
        }
        byKind.forEach((kind, rows) -> {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("Not a replaceable link: " + kind);
            }
            writer.write(rows, mark -> mark, """
                    UNWIND $rows AS row
                    MATCH (a:%s {id: row.start})-[r:%s]->(b:%s {id: row.end})
                    SET r.importId = row.importId, r.recordedAt = row.recordedAt
                    """.formatted(kind.start(), kind.type(), kind.end()));
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> castRow(Object row) {
        return (List<String>) row;
    }
}
