package org.contextmap.person;

import static org.contextmap.database.RecordValues.bool;
import static org.contextmap.database.RecordValues.code;
import static org.contextmap.database.RecordValues.date;
import static org.contextmap.database.RecordValues.enumeration;
import static org.contextmap.database.RecordValues.provenance;
import static org.contextmap.database.RecordValues.text;
import static org.contextmap.database.RecordValues.texts;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.contextmap.base.Agency;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.BatchWriter.NodeRef;
import org.contextmap.database.WriteCounts;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Young people, their families and the relationships between them, in Cypher. */
@Repository
class PersonRepository {

    private final Neo4jClient client;
    private final BatchWriter writer;

    PersonRepository(Neo4jClient client, BatchWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    // ---- writes -----------------------------------------------------------------------------

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
                SET r.since = row.since, r.source = row.source, r.confidence = row.confidence
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
            return row;
        }, """
                UNWIND $rows AS row
                MERGE (f:Family {id: row.familyId})
                  ON CREATE SET f.importId = $importId
                MERGE (h:FamilyHistory {id: row.key})
                  ON CREATE SET h.recordedAt = $now, h.importId = $importId
                SET h.kind = row.kind, h.notedOn = row.notedOn, h.source = row.source
                MERGE (h)-[r:OF]->(f)
                  ON CREATE SET r.importId = $importId
                """);
    }

    // ---- lookups ----------------------------------------------------------------------------

    Set<String> existingPeople(Collection<String> ids) {
        return existing("MATCH (n:YoungPerson) WHERE n.id IN $ids RETURN n.id AS id", ids);
    }

    Set<String> existingFamilies(Collection<String> ids) {
        return existing("MATCH (n:Family) WHERE n.id IN $ids RETURN n.id AS id", ids);
    }

    private Set<String> existing(String cypher, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return client.query(cypher).bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all()
                .stream().collect(Collectors.toSet());
    }

    Optional<YoungPerson> find(String id) {
        return client.query(PERSON_RETURN.formatted("MATCH (p:YoungPerson {id: $id})"))
                .bind(id).to("id")
                .fetchAs(YoungPerson.class).mappedBy((types, record) -> person(record)).one();
    }

    /** Everyone, ordered by id: for exports. */
    List<YoungPerson> all() {
        return List.copyOf(client.query(PERSON_RETURN.formatted("MATCH (p:YoungPerson)") + " ORDER BY p.id")
                .fetchAs(YoungPerson.class).mappedBy((types, record) -> person(record)).all());
    }

    List<Relationship> allRelationships() {
        return List.copyOf(client.query("""
                MATCH (a:YoungPerson)-[r:KNOWS]->(b:YoungPerson)
                RETURN a.id AS a, b.id AS b, r.kind AS kind, r {.source, .confidence, .since, .recordedAt} AS provenance
                ORDER BY a, b, kind
                """).fetchAs(Relationship.class).mappedBy((types, record) -> new Relationship(
                record.get("a").asString(), record.get("b").asString(),
                enumeration(record.get("kind"), RelationshipKind.class), provenance(record.get("provenance")))).all());
    }

    List<FamilyHistory> allFamilyHistory() {
        return List.copyOf(client.query("""
                MATCH (h:FamilyHistory)-[:OF]->(f:Family)
                RETURN f.id AS familyId, h.kind AS kind, h.notedOn AS notedOn, h.source AS source
                ORDER BY familyId, notedOn, kind, source
                """).fetchAs(FamilyHistory.class).mappedBy((types, record) -> new FamilyHistory(
                text(record.get("familyId")), text(record.get("kind")), date(record.get("notedOn")),
                enumeration(record.get("source"), Agency.class))).all());
    }

    List<Acquaintance> relationshipsOf(String personId) {
        return List.copyOf(client.query("""
                MATCH (:YoungPerson {id: $id})-[r:KNOWS]-(o:YoungPerson)
                RETURN o.id AS id, o.name AS name, r.kind AS kind, r {.source, .confidence, .since, .recordedAt} AS provenance
                ORDER BY kind, name
                """).bind(personId).to("id").fetchAs(Acquaintance.class).mappedBy((types, record) -> new Acquaintance(
                record.get("id").asString(), text(record.get("name")),
                enumeration(record.get("kind"), RelationshipKind.class), provenance(record.get("provenance")))).all());
    }

    Optional<Family> familyOf(String personId) {
        return client.query("""
                MATCH (p:YoungPerson {id: $id})-[:IN_FAMILY]->(f:Family)
                CALL (p, f) {
                  MATCH (m:YoungPerson)-[:IN_FAMILY]->(f) WHERE m <> p
                  WITH m ORDER BY m.name
                  RETURN collect({id: m.id, name: m.name}) AS members
                }
                CALL (f) {
                  MATCH (h:FamilyHistory)-[:OF]->(f)
                  WITH h ORDER BY h.notedOn DESC
                  RETURN collect(h {.kind, .notedOn, .source}) AS history
                }
                RETURN f.id AS id, members, history
                """).bind(personId).to("id").fetchAs(Family.class).mappedBy((types, record) -> {
            String familyId = record.get("id").asString();
            return new Family(familyId,
                    record.get("members").asList(m -> new Family.Member(m.get("id").asString(), text(m.get("name")))),
                    record.get("history").asList(h -> new FamilyHistory(familyId, text(h.get("kind")),
                            date(h.get("notedOn")), enumeration(h.get("source"), Agency.class))));
        }).one();
    }

    private static final String PEOPLE_MATCH = """
            MATCH (p:YoungPerson)
            WHERE $text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(p.id) CONTAINS $text
            """;

    List<PersonSummary> search(PeopleQuery query) {
        // Age sorts the opposite way to date of birth; the sort expression comes from an enum, never from input
        boolean descending = query.sortBy() == PeopleQuery.Sort.AGE ? query.ascending() : !query.ascending();
        String order = query.sortBy().expression + (descending ? " DESC" : " ASC") + ", p.id";
        // the name of the home area is looked up for the page only, unless the page is sorted by it
        boolean byHomeArea = query.sortBy() == PeopleQuery.Sort.HOME_AREA;
        String homeArea = """
                OPTIONAL MATCH (h:Location {id: p.homeArea})
                WITH p, coalesce(h.name, p.homeArea) AS homeArea
                """;
        String page = "WITH %s ORDER BY %s SKIP $offset LIMIT $limit\n".formatted(byHomeArea ? "p, homeArea" : "p", order);
        return List.copyOf(client.query(PEOPLE_MATCH + (byHomeArea ? homeArea + page : page + homeArea) + """
                OPTIONAL MATCH (p)-[:ATTENDS]->(s:Location)
                RETURN p, homeArea, s.name AS school,
                       COUNT { (p)-[:INVOLVED_IN {role: 'VICTIM'}]->(:Incident) } AS victimOf
                """)
                .bind(query.normalisedText()).to("text")
                .bind(query.offset()).to("offset")
                .bind(query.limit()).to("limit")
                .fetchAs(PersonSummary.class).mappedBy((types, record) -> {
                    var p = record.get("p");
                    return new PersonSummary(p.get("id").asString(), text(p.get("name")), date(p.get("dateOfBirth")),
                            text(record.get("homeArea")), text(record.get("school")),
                            enumeration(p.get("socialCareStatus"), SocialCareStatus.class), texts(p.get("flags")),
                            record.get("victimOf").asLong());
                }).all());
    }

    long count(PeopleQuery query) {
        return client.query(PEOPLE_MATCH + "RETURN count(p) AS n").bind(query.normalisedText()).to("text")
                .fetchAs(Long.class).one().orElse(0L);
    }

    private static final String PERSON_RETURN = """
            %s
            OPTIONAL MATCH (p)-[:IN_FAMILY]->(f:Family)
            OPTIONAL MATCH (p)-[:ATTENDS]->(s:Location)
            RETURN p, f.id AS familyId, s.id AS schoolId
            """;

    private static YoungPerson person(Record record) {
        var p = record.get("p");
        return new YoungPerson(p.get("id").asString(), text(p.get("name")), date(p.get("dateOfBirth")),
                text(p.get("gender")), text(p.get("ethnicity")), text(p.get("homeArea")),
                text(record.get("schoolId")), text(record.get("familyId")), bool(p.get("inCare")),
                bool(p.get("send")), texts(p.get("flags")),
                enumeration(p.get("socialCareStatus"), SocialCareStatus.class), text(p.get("leadProfessional")));
    }

    // ---- current state of given records (the "before" image of an import) --------------------

    List<YoungPerson> byIds(Collection<String> ids) {
        return List.copyOf(client.query(PERSON_RETURN.formatted("UNWIND $ids AS key MATCH (p:YoungPerson {id: key})"))
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(YoungPerson.class).mappedBy((types, record) -> person(record)).all());
    }

    List<Relationship> relationshipsByKeys(Collection<Relationship> keys) {
        return List.copyOf(client.query("""
                UNWIND $keys AS key
                MATCH (a:YoungPerson {id: key.a})-[r:KNOWS {kind: key.kind}]->(b:YoungPerson {id: key.b})
                RETURN a.id AS a, b.id AS b, r.kind AS kind, r {.source, .confidence, .since, .recordedAt} AS provenance
                """).bind(keys.stream().map(r -> r.normalised()).map(r -> Map.of("a", r.personA(), "b", r.personB(),
                        "kind", r.kind().name())).toList()).to("keys")
                .fetchAs(Relationship.class).mappedBy((types, record) -> new Relationship(
                        record.get("a").asString(), record.get("b").asString(),
                        enumeration(record.get("kind"), RelationshipKind.class), provenance(record.get("provenance"))))
                .all());
    }

    List<FamilyHistory> familyHistoryByKeys(Collection<String> keys) {
        return List.copyOf(client.query("""
                UNWIND $keys AS key
                MATCH (h:FamilyHistory {id: key})-[:OF]->(f:Family)
                RETURN f.id AS familyId, h.kind AS kind, h.notedOn AS notedOn, h.source AS source
                """).bind(List.copyOf(keys)).to("keys").fetchAs(FamilyHistory.class).mappedBy((types, record) ->
                new FamilyHistory(text(record.get("familyId")), text(record.get("kind")), date(record.get("notedOn")),
                        enumeration(record.get("source"), Agency.class))).all());
    }
}
