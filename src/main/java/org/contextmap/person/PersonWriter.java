package org.contextmap.person;

import static org.contextmap.database.RecordValues.code;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.BatchWriter.NodeRef;
import org.contextmap.database.WriteCounts;
import org.springframework.stereotype.Repository;

/**
 * Writes young people, their family and school links, the relationships between them and family
 * history, each list as UNWIND batches through the {@link BatchWriter} (which marks what an
 * import creates, so that a failed import can be undone). Imports are the only writers, so this
 * is kept apart from the reads every screen makes.
 */
@Repository
class PersonWriter {

    private final BatchWriter writer;

    PersonWriter(BatchWriter writer) {
        this.writer = writer;
    }

    WriteCounts upsertPeople(List<YoungPerson> people) {
        return writer.write(people, p -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", p.id());
            row.put("name", p.name());
            row.put("dateOfBirth", p.dateOfBirth());
            row.put("gender", p.gender());
            row.put("ethnicity", p.ethnicity());
            row.put("homeArea", p.homeArea());
            row.put("inCare", p.inCare());
            row.put("send", p.send());
            row.put("flags", p.flags());
            row.put("socialCareStatus", code(p.socialCareStatus()));
            row.put("leadProfessional", p.leadProfessional());
            row.put("familyId", p.familyId());
            row.put("schoolId", p.schoolId());
            return row;
        }, """
                UNWIND $rows AS row
                MERGE (p:YoungPerson {id: row.id})
                  ON CREATE SET p.recordedAt = $now, p.importId = $importId
                SET p.name = row.name, p.dateOfBirth = row.dateOfBirth, p.gender = row.gender,
                    p.ethnicity = row.ethnicity, p.homeArea = row.homeArea, p.inCare = row.inCare, p.send = row.send,
                    p.flags = row.flags, p.socialCareStatus = row.socialCareStatus,
                    p.leadProfessional = row.leadProfessional
                """, """
                UNWIND $rows AS row
                MATCH (p:YoungPerson {id: row.id})-[old:IN_FAMILY|ATTENDS]->(x)
                WHERE x.id <> coalesce(CASE type(old) WHEN 'IN_FAMILY' THEN row.familyId ELSE row.schoolId END, '')
                DELETE old
                """, """
                UNWIND $rows AS row
                WITH row WHERE row.familyId IS NOT NULL
                MATCH (p:YoungPerson {id: row.id})
                MERGE (f:Family {id: row.familyId})
                  ON CREATE SET f.importId = $importId
                MERGE (p)-[r:IN_FAMILY]->(f)
                  ON CREATE SET r.importId = $importId
                """, """
                UNWIND $rows AS row
                WITH row WHERE row.schoolId IS NOT NULL
                MATCH (p:YoungPerson {id: row.id})
                MATCH (s:Location {id: row.schoolId})
                MERGE (p)-[r:ATTENDS]->(s)
                  ON CREATE SET r.importId = $importId
                """);
    }

    /**
     * A relationship of a young person created by this same import cannot exist yet, so it is
     * created without looking for it first; the others are merged.
     */
    WriteCounts upsertRelationships(List<Relationship> relationships) {
        Set<String> ends = new HashSet<>();
        relationships.forEach(r -> {
            ends.add(r.personA());
            ends.add(r.personB());
        });
        Map<String, NodeRef> refs = writer.nodeRefs("YoungPerson", ends);
        Map<Boolean, List<Relationship>> byFreshness = relationships.stream()
                .collect(Collectors.partitioningBy(r -> NodeRef.fresh(refs, r.personA()) || NodeRef.fresh(refs, r.personB())));
        return writer.write(byFreshness.get(true), r -> relationshipRow(r, refs), """
                UNWIND $rows AS row
                MATCH (a) WHERE elementId(a) = row.ea AND a.id = row.a AND 'YoungPerson' IN labels(a)
                MATCH (b) WHERE elementId(b) = row.eb AND b.id = row.b AND 'YoungPerson' IN labels(b)
                CREATE (a)-[:KNOWS {kind: row.kind, since: row.since, source: row.source, confidence: row.confidence,
                                    restricted: CASE WHEN row.restricted THEN true END,
                                    recordedAt: $now, importId: $importId}]->(b)
                """).plus(writer.write(byFreshness.get(false), r -> relationshipRow(r, refs), """
                UNWIND $rows AS row
                MATCH (a) WHERE elementId(a) = row.ea AND a.id = row.a AND 'YoungPerson' IN labels(a)
                MATCH (b) WHERE elementId(b) = row.eb AND b.id = row.b AND 'YoungPerson' IN labels(b)
                MERGE (a)-[r:KNOWS {kind: row.kind}]->(b)
                  ON CREATE SET r.recordedAt = $now, r.importId = $importId
                WITH r, row WHERE NOT coalesce(r.since = row.since, r.since IS NULL AND row.since IS NULL)
                    OR NOT coalesce(r.source = row.source, r.source IS NULL AND row.source IS NULL)
                    OR NOT coalesce(r.confidence = row.confidence, r.confidence IS NULL AND row.confidence IS NULL)
                    OR (row.restricted IS NOT NULL AND coalesce(r.restricted, false) <> row.restricted)
                SET r.since = row.since, r.source = row.source, r.confidence = row.confidence,
                    r.restricted = CASE row.restricted WHEN true THEN true WHEN false THEN null ELSE r.restricted END
                """));
    }

    private static Map<String, Object> relationshipRow(Relationship relationship, Map<String, NodeRef> refs) {
        Relationship n = relationship.normalised();
        Map<String, Object> row = new HashMap<>();
        row.put("a", n.personA());
        row.put("b", n.personB());
        row.put("ea", NodeRef.element(refs, n.personA()));
        row.put("eb", NodeRef.element(refs, n.personB()));
        row.put("kind", n.kind().name());
        row.put("since", n.provenance().since());
        row.put("source", code(n.provenance().source()));
        row.put("confidence", code(n.provenance().confidence()));
        row.put("restricted", n.restricted());
        return row;
    }

    WriteCounts upsertFamilyHistory(List<FamilyHistory> history) {
        return writer.write(history, h -> {
            Map<String, Object> row = new HashMap<>();
            row.put("key", h.key());
            row.put("familyId", h.familyId());
            row.put("kind", h.kind());
            row.put("notedOn", h.notedOn());
            row.put("source", code(h.source()));
            row.put("restricted", h.restricted());
            return row;
        }, """
                UNWIND $rows AS row
                MERGE (f:Family {id: row.familyId})
                  ON CREATE SET f.importId = $importId
                MERGE (h:FamilyHistory {id: row.key})
                  ON CREATE SET h.recordedAt = $now, h.importId = $importId
                SET h.kind = row.kind, h.notedOn = row.notedOn, h.source = row.source,
                    h.restricted = CASE row.restricted WHEN true THEN true WHEN false THEN null ELSE h.restricted END
                MERGE (h)-[r:OF]->(f)
                  ON CREATE SET r.importId = $importId
                """);
    }
}
