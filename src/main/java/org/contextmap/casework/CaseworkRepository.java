package org.contextmap.casework;

import static org.contextmap.database.RecordValues.code;
import static org.contextmap.database.RecordValues.date;
import static org.contextmap.database.RecordValues.enumeration;
import static org.contextmap.database.RecordValues.enumerations;
import static org.contextmap.database.RecordValues.text;
import static org.contextmap.database.RecordValues.whole;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.WriteCounts;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Education events, referrals and meetings: the professional response around a child. Each is a
 * node linked {@code ABOUT} the young person (or group, or place) it concerns.
 */
@Repository
class CaseworkRepository {

    private final Neo4jClient client;
    private final BatchWriter writer;

    CaseworkRepository(Neo4jClient client, BatchWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    WriteCounts upsertEducationEvents(List<EducationEvent> events) {
        return writer.write(events, e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("key", e.key());
            row.put("personId", e.personId());
            row.put("schoolId", e.schoolId());
            row.put("kind", e.kind().name());
            row.put("date", e.date());
            row.put("days", e.days());
            return row;
        }, """
                UNWIND $rows AS row
                MATCH (p:YoungPerson {id: row.personId})
                MERGE (e:EducationEvent {id: row.key})
                  ON CREATE SET e.recordedAt = $now, e.importId = $importId
                SET e.kind = row.kind, e.date = row.date, e.days = row.days
                MERGE (e)-[r:ABOUT]->(p)
                  ON CREATE SET r.importId = $importId
                """, """
                UNWIND $rows AS row
                WITH row WHERE row.schoolId IS NOT NULL
                MATCH (e:EducationEvent {id: row.key})
                MATCH (s:Location {id: row.schoolId})
                MERGE (e)-[r:AT]->(s)
                  ON CREATE SET r.importId = $importId
                """);
    }

    WriteCounts upsertReferrals(List<Referral> referrals) {
        return writer.write(referrals, r -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", r.id());
            row.put("personId", r.personId());
            row.put("receivedOn", r.receivedOn());
            row.put("fromAgency", code(r.fromAgency()));
            row.put("level", r.level());
            row.put("outcome", code(r.outcome()));
            row.put("outcomeOn", r.outcomeOn());
            row.put("referrerNotifiedOn", r.referrerNotifiedOn());
            row.put("service", code(r.referredTo()));
            row.put("firstContactOn", r.firstContactOn());
            row.put("endedOn", r.endedOn());
            row.put("serviceStated", r.serviceStated());
            return row;
        }, """
                UNWIND $rows AS row
                MERGE (r:Referral {id: row.id})
                  ON CREATE SET r.recordedAt = $now, r.importId = $importId
                SET r.receivedOn = row.receivedOn, r.fromAgency = row.fromAgency, r.level = row.level,
                    r.outcome = row.outcome, r.outcomeOn = row.outcomeOn, r.referrerNotifiedOn = row.referrerNotifiedOn,
                    r.service = CASE WHEN row.serviceStated THEN row.service ELSE r.service END,
                    r.firstContactOn = CASE WHEN row.serviceStated THEN row.firstContactOn ELSE r.firstContactOn END,
                    r.endedOn = CASE WHEN row.serviceStated THEN row.endedOn ELSE r.endedOn END
                """, """
                UNWIND $rows AS row
                MATCH (r:Referral {id: row.id})-[old:ABOUT]->(p:YoungPerson)
                WHERE p.id <> row.personId
                DELETE old
                """, """
                UNWIND $rows AS row
                MATCH (r:Referral {id: row.id})
                MATCH (p:YoungPerson {id: row.personId})
                MERGE (r)-[about:ABOUT]->(p)
                  ON CREATE SET about.importId = $importId
                """);
    }

    WriteCounts upsertMeetings(List<Meeting> meetings) {
        return writer.write(meetings, m -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", m.id());
            row.put("kind", m.kind().name());
            row.put("heldOn", m.heldOn());
            row.put("agencies", m.agencies().stream().map(Enum::name).toList());
            row.put("personId", m.personId());
            row.put("groupId", m.groupId());
            row.put("locationId", m.locationId());
            return row;
        }, """
                UNWIND $rows AS row
                MERGE (m:Meeting {id: row.id})
                  ON CREATE SET m.recordedAt = $now, m.importId = $importId
                SET m.kind = row.kind, m.heldOn = row.heldOn, m.agencies = row.agencies
                """, """
                UNWIND $rows AS row
                MATCH (m:Meeting {id: row.id})-[old:ABOUT]->(x)
                WHERE NOT ((x:YoungPerson AND x.id = coalesce(row.personId, ''))
                           OR (x:PeerGroup AND x.id = coalesce(row.groupId, ''))
                           OR (x:Location AND x.id = coalesce(row.locationId, '')))
                DELETE old
                """, MEETING_ABOUT.formatted("personId", "YoungPerson", "personId"),
                MEETING_ABOUT.formatted("groupId", "PeerGroup", "groupId"),
                MEETING_ABOUT.formatted("locationId", "Location", "locationId"));
    }

    /** Links a meeting to one kind of subject (young person, group, place) named by one column. */
    private static final String MEETING_ABOUT = """
            UNWIND $rows AS row
            WITH row WHERE row.%s IS NOT NULL
            MATCH (m:Meeting {id: row.id})
            MATCH (x:%s {id: row.%s})
            MERGE (m)-[r:ABOUT]->(x)
              ON CREATE SET r.importId = $importId
            """;

    List<EducationEvent> allEducationEvents() {
        return educationEvents("MATCH (e:EducationEvent)-[:ABOUT]->(p:YoungPerson)" + EDUCATION_EVENT_RETURN, Map.of());
    }

    List<EducationEvent> educationEventsByKeys(Collection<String> keys) {
        return educationEvents("UNWIND $keys AS key MATCH (e:EducationEvent {id: key})-[:ABOUT]->(p:YoungPerson)"
                + EDUCATION_EVENT_RETURN, Map.of("keys", List.copyOf(keys)));
    }

    private static final String EDUCATION_EVENT_RETURN = """

            OPTIONAL MATCH (e)-[:AT]->(s:Location)
            RETURN p.id AS personId, s.id AS schoolId, e.date AS date, e.kind AS kind, e.days AS days
            ORDER BY personId, date, kind, schoolId
            """;

    /** @param query a constant: a match of {@code e} and {@code p} followed by {@link #EDUCATION_EVENT_RETURN} */
    private List<EducationEvent> educationEvents(String query, Map<String, Object> parameters) {
        return List.copyOf(client.query(query).bindAll(parameters).fetchAs(EducationEvent.class).mappedBy((types, record) -> new EducationEvent(
                record.get("personId").asString(), text(record.get("schoolId")), date(record.get("date")),
                enumeration(record.get("kind"), EducationEventKind.class), whole(record.get("days")))).all());
    }

    List<Referral> allReferrals() {
        return referrals("MATCH (r:Referral)-[:ABOUT]->(p:YoungPerson)" + REFERRAL_RETURN + "r.id", Map.of());
    }

    List<Referral> referralsByIds(Collection<String> ids) {
        return referrals("UNWIND $keys AS key MATCH (r:Referral {id: key})-[:ABOUT]->(p:YoungPerson)" + REFERRAL_RETURN
                + "r.id", Map.of("keys", List.copyOf(ids)));
    }

    /** Referrals about a child, newest first. */
    List<Referral> referralsAbout(String personId) {
        return referrals("MATCH (r:Referral)-[:ABOUT]->(p:YoungPerson {id: $id})" + REFERRAL_RETURN
                + "r.receivedOn DESC, r.id", Map.of("id", personId));
    }

    /** Followed by the order, a constant. */
    private static final String REFERRAL_RETURN = " RETURN r, p.id AS personId ORDER BY ";

    /** @param query a constant: a match of {@code r} and {@code p}, {@link #REFERRAL_RETURN} and an order */
    private List<Referral> referrals(String query, Map<String, Object> parameters) {
        return List.copyOf(client.query(query).bindAll(parameters).fetchAs(Referral.class).mappedBy((types, record) -> {
            var r = record.get("r");
            return new Referral(r.get("id").asString(), record.get("personId").asString(), date(r.get("receivedOn")),
                    enumeration(r.get("fromAgency"), Agency.class), text(r.get("level")),
                    enumeration(r.get("outcome"), ReferralOutcome.class), date(r.get("outcomeOn")),
                    date(r.get("referrerNotifiedOn")), enumeration(r.get("service"), ReferredTo.class),
                    date(r.get("firstContactOn")), date(r.get("endedOn")), true);
        }).all());
    }

    List<Meeting> allMeetings() {
        return meetings("MATCH (m:Meeting)" + MEETING_RETURN + "m.id", Map.of());
    }

    List<Meeting> meetingsByIds(Collection<String> ids) {
        return meetings("UNWIND $keys AS key MATCH (m:Meeting {id: key})" + MEETING_RETURN + "m.id",
                Map.of("keys", List.copyOf(ids)));
    }

    /** Meetings about a child, newest first. */
    List<Meeting> meetingsAbout(String personId) {
        return meetings("MATCH (m:Meeting)-[:ABOUT]->(:YoungPerson {id: $id})" + MEETING_RETURN
                + "m.heldOn DESC, m.id", Map.of("id", personId));
    }

    /** Followed by the order, a constant. */
    private static final String MEETING_RETURN = """

            OPTIONAL MATCH (m)-[:ABOUT]->(p:YoungPerson)
            OPTIONAL MATCH (m)-[:ABOUT]->(g:PeerGroup)
            OPTIONAL MATCH (m)-[:ABOUT]->(l:Location)
            RETURN m, p.id AS personId, g.id AS groupId, l.id AS locationId ORDER BY\s""";

    /** @param query a constant: a match of {@code m}, {@link #MEETING_RETURN} and an order */
    private List<Meeting> meetings(String query, Map<String, Object> parameters) {
        return List.copyOf(client.query(query).bindAll(parameters).fetchAs(Meeting.class).mappedBy((types, record) -> {
            var m = record.get("m");
            return new Meeting(m.get("id").asString(), enumeration(m.get("kind"), MeetingKind.class),
                    date(m.get("heldOn")), text(record.get("personId")), text(record.get("groupId")),
                    text(record.get("locationId")), enumerations(m.get("agencies"), Agency.class));
        }).all());
    }

    List<SchoolEvent> educationEventsOf(String personId) {
        return List.copyOf(client.query("""
                MATCH (e:EducationEvent)-[:ABOUT]->(:YoungPerson {id: $id})
                OPTIONAL MATCH (e)-[:AT]->(s:Location)
                RETURN e, s.id AS schoolId, s.name AS schoolName
                ORDER BY e.date DESC, e.kind
                """).bind(personId).to("id").fetchAs(SchoolEvent.class).mappedBy((types, record) -> {
            var e = record.get("e");
            return new SchoolEvent(new EducationEvent(personId, text(record.get("schoolId")), date(e.get("date")),
                    enumeration(e.get("kind"), EducationEventKind.class), whole(e.get("days"))),
                    text(record.get("schoolName")));
        }).all());
    }
}
