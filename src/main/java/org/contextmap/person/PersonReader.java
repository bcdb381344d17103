package org.contextmap.person;

import static org.contextmap.database.RecordValues.bool;
import static org.contextmap.database.RecordValues.date;
import static org.contextmap.database.RecordValues.enumeration;
import static org.contextmap.database.RecordValues.provenance;
import static org.contextmap.database.RecordValues.text;
import static org.contextmap.database.RecordValues.texts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.contextmap.base.Agency;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads whole records of young people, their families and relationships: one record for a
 * profile, all of them for an export, those of given ids or keys for the before image of an
 * import, and which ids exist for validating references. Each kind of record is read by one
 * {@code RETURN} and one mapping, whichever of these asks for it.
 */
@Repository
class PersonReader {

    private final Neo4jClient client;

    PersonReader(Neo4jClient client) {
        this.client = client;
    }

    // ---- which exist ------------------------------------------------------------------------

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

    // ---- young people -----------------------------------------------------------------------

    /** A young person with their family and school, matched as {@code p} by the query put in front. */
    private static final String PERSON_RETURN = """
            %s
            OPTIONAL MATCH (p)-[:IN_FAMILY]->(f:Family)
            OPTIONAL MATCH (p)-[:ATTENDS]->(s:Location)
            RETURN p, f.id AS familyId, s.id AS schoolId
            """;

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

    /** The young people of these ids that exist, as they are now (the "before" image of an import). */
    List<YoungPerson> byIds(Collection<String> ids) {
        return List.copyOf(client.query(PERSON_RETURN.formatted("UNWIND $ids AS key MATCH (p:YoungPerson {id: key})"))
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(YoungPerson.class).mappedBy((types, record) -> person(record)).all());
    }

    /** Only the names of these young people, by id (null for one recorded without a name). */
    Map<String, String> namesByIds(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        client.query("""
                UNWIND $ids AS key MATCH (p:YoungPerson {id: key}) RETURN p.id AS id, p.name AS name
                """).bind(List.copyOf(ids)).to("ids").fetch().all()
                .forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
        return names;
    }

    private static YoungPerson person(Record record) {
        var p = record.get("p");
        return new YoungPerson(p.get("id").asString(), text(p.get("name")), date(p.get("dateOfBirth")),
                text(p.get("gender")), text(p.get("ethnicity")), text(p.get("homeArea")),
                text(record.get("schoolId")), text(record.get("familyId")), bool(p.get("inCare")),
                bool(p.get("send")), texts(p.get("flags")),
                enumeration(p.get("socialCareStatus"), SocialCareStatus.class), text(p.get("leadProfessional")));
    }

    // ---- relationships ----------------------------------------------------------------------

    /** A relationship {@code r} from {@code a} to {@code b}, as {@link #relationship} maps it. */
    private static final String RELATIONSHIP_RETURN = """
            RETURN a.id AS a, b.id AS b, r.kind AS kind, r {.source, .confidence, .since, .recordedAt} AS provenance,
                   coalesce(r.restricted, false) AS restricted
            """;

    List<Relationship> allRelationships() {
        return List.copyOf(client.query("""
                MATCH (a:YoungPerson)-[r:KNOWS]->(b:YoungPerson)
                """ + RELATIONSHIP_RETURN + """
                ORDER BY a, b, kind
                """).fetchAs(Relationship.class).mappedBy((types, record) -> relationship(record)).all());
    }

    /** Those of these relationships (by ends and kind) that exist, as they are now (the "before" image). */
    List<Relationship> relationshipsByKeys(Collection<Relationship> keys) {
        return List.copyOf(client.query("""
                UNWIND $keys AS key
                MATCH (a:YoungPerson {id: key.a})-[r:KNOWS {kind: key.kind}]->(b:YoungPerson {id: key.b})
                """ + RELATIONSHIP_RETURN).bind(keys.stream().map(r -> r.normalised()).map(r -> Map.of("a", r.personA(),
                        "b", r.personB(), "kind", r.kind().name())).toList()).to("keys")
                .fetchAs(Relationship.class).mappedBy((types, record) -> relationship(record)).all());
    }

    private static Relationship relationship(Record record) {
        return new Relationship(record.get("a").asString(), record.get("b").asString(),
                enumeration(record.get("kind"), RelationshipKind.class), provenance(record.get("provenance")),
                record.get("restricted").asBoolean());
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

    // ---- families -----------------------------------------------------------------------------

    /** A family history entry {@code h} of family {@code f}, as {@link #familyHistory} maps it. */
    private static final String FAMILY_HISTORY_RETURN = """
            RETURN f.id AS familyId, h.kind AS kind, h.notedOn AS notedOn, h.source AS source,
                   coalesce(h.restricted, false) AS restricted
            """;

    List<FamilyHistory> allFamilyHistory() {
        return List.copyOf(client.query("""
                MATCH (h:FamilyHistory)-[:OF]->(f:Family)
                """ + FAMILY_HISTORY_RETURN + """
                ORDER BY familyId, notedOn, kind, source
                """).fetchAs(FamilyHistory.class).mappedBy((types, record) -> familyHistory(record)).all());
    }

    /** Those of these family history entries (by key) that exist, as they are now (the "before" image). */
    List<FamilyHistory> familyHistoryByKeys(Collection<String> keys) {
        return List.copyOf(client.query("""
                UNWIND $keys AS key
                MATCH (h:FamilyHistory {id: key})-[:OF]->(f:Family)
                """ + FAMILY_HISTORY_RETURN).bind(List.copyOf(keys)).to("keys")
                .fetchAs(FamilyHistory.class).mappedBy((types, record) -> familyHistory(record)).all());
    }

    private static FamilyHistory familyHistory(Record record) {
        return new FamilyHistory(text(record.get("familyId")), text(record.get("kind")), date(record.get("notedOn")),
                enumeration(record.get("source"), Agency.class), record.get("restricted").asBoolean());
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
                  RETURN collect(h {.kind, .notedOn, .source, .restricted}) AS history
                }
                RETURN f.id AS id, members, history
                """).bind(personId).to("id").fetchAs(Family.class).mappedBy((types, record) -> {
            String familyId = record.get("id").asString();
            return new Family(familyId,
                    record.get("members").asList(m -> new Family.Member(m.get("id").asString(), text(m.get("name")))),
                    record.get("history").asList(h -> new FamilyHistory(familyId, text(h.get("kind")),
                            date(h.get("notedOn")), enumeration(h.get("source"), Agency.class),
                            h.get("restricted").asBoolean(false))));
        }).one();
    }
}
