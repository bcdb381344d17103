package org.contextmap.retention;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.RetentionSettings;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds what is past its retention period on a day ({@link RetentionSettings}), in the caller's
 * transaction. It reads other features' records directly — young people and their ties
 * ({@code person}), associations ({@code group}), incidents ({@code incident}), education events,
 * referrals and meetings ({@code casework}), alert decisions ({@code alert}) — because what is
 * erased must be decided over all of them at one moment, in the transaction that erases it.
 * The labels and properties are those declared in {@code schema}.
 */
@Component
class RetentionPlanner {

    /**
     * Old enough, and nothing about them dated after {@code $quietSince} (or after the day itself). The
     * dates are gathered from each person outwards (pattern comprehensions): as {@code NOT EXISTS}
     * subqueries the planner could seek every recent tie in the index once per person instead
     * (15–58 s on the demo city of 2,000 when nobody was old enough; now 37 ms once planned).
     */
    private static final String PEOPLE = """
            MATCH (p:YoungPerson)
            WHERE p.dateOfBirth IS NOT NULL AND p.dateOfBirth <= $bornBy
            WITH p, [(p)-[:INVOLVED_IN]->(i:Incident) | date(i.occurredAt)]
                    + [(p)<-[:ABOUT]-(e:EducationEvent) | e.date]
                    + [(p)<-[:ABOUT]-(r:Referral) | r.receivedOn] + [(p)<-[:ABOUT]-(r:Referral) | r.outcomeOn]
                    + [(p)<-[:ABOUT]-(m:Meeting) | m.heldOn]
                    + [(p)-[a:ASSOCIATED_WITH]->(:PeerGroup) | a.since]
                    + [(p)-[a:ASSOCIATED_WITH]->(:PeerGroup) | a.confirmedOn]
                    + [(p)-[k:KNOWS]-(:YoungPerson) | k.since]
                    + COLLECT { MATCH (s:SafetyPlan) WHERE s.subjectId = p.id AND s.subject = 'PERSON'
                                RETURN date(s.changedAt) } AS dates
            WHERE none(d IN dates WHERE d IS NOT NULL AND d > $quietSince)
            RETURN p.id AS id,
                   COUNT { (p)-[:INVOLVED_IN]->(:Incident) } AS involvements,
                   COUNT { (p)-[:ASSOCIATED_WITH]->(:PeerGroup) } AS associations,
                   COUNT { (p)-[:KNOWS]-(:YoungPerson) } AS relationships,
                   COUNT { (p)<-[:ABOUT]-(:EducationEvent) } AS educationEvents,
                   COUNT { (p)<-[:ABOUT]-(:Referral) } AS referrals,
                   COUNT { (p)<-[:ABOUT]-(:Meeting) } AS meetings,
                   COUNT { MATCH (d:AlertDecision) WHERE d.personId = p.id } AS decisions
            ORDER BY id
            """;
    private static final String TIES = """
            MATCH (p:YoungPerson)-[k:KNOWS]-(:YoungPerson) WHERE p.id IN $people RETURN count(DISTINCT k) AS count
            """;
    private static final String FAMILIES = """
            MATCH (f:Family)
            WHERE EXISTS { MATCH (p:YoungPerson)-[:IN_FAMILY]->(f) WHERE p.id IN $people }
              AND NOT EXISTS { MATCH (q:YoungPerson)-[:IN_FAMILY]->(f) WHERE NOT q.id IN $people }
            RETURN f.id AS id ORDER BY id
            """;
    private static final String INCIDENTS = """
            MATCH (i:Incident) WHERE i.occurredAt < $incidentsBefore RETURN i.id AS id ORDER BY id
            """;
    /** Recent enough to keep, but every young person on it is being erased: kept without names. */
    private static final String ANONYMISED = """
            MATCH (i:Incident)
            WHERE NOT i.occurredAt < $incidentsBefore
              AND EXISTS { MATCH (p:YoungPerson)-[:INVOLVED_IN]->(i) WHERE p.id IN $people }
              AND NOT EXISTS { MATCH (q:YoungPerson)-[:INVOLVED_IN]->(i) WHERE NOT q.id IN $people }
            RETURN i.id AS id ORDER BY id
            """;
    private static final String EDUCATION = """
            MATCH (e:EducationEvent)
            WHERE e.date < $educationBefore
               OR EXISTS { MATCH (e)-[:ABOUT]->(p:YoungPerson) WHERE p.id IN $people }
            RETURN e.id AS id ORDER BY id
            """;
    private static final String REFERRALS = """
            MATCH (r:Referral)
            WHERE r.receivedOn < $referralsBefore
               OR EXISTS { MATCH (r)-[:ABOUT]->(p:YoungPerson) WHERE p.id IN $people }
            RETURN r.id AS id ORDER BY id
            """;
    /** Old meetings, and meetings about erased young people only (not about a group, a place or anyone kept). */
    private static final String MEETINGS = """
            MATCH (m:Meeting)
            WHERE m.heldOn < $meetingsBefore
               OR EXISTS { MATCH (m)-[:ABOUT]->(p:YoungPerson) WHERE p.id IN $people }
                  AND NOT EXISTS { MATCH (m)-[:ABOUT]->(t) WHERE NOT (t:YoungPerson AND t.id IN $people) }
            RETURN m.id AS id ORDER BY id
            """;
    /** Of the young people kept: associations whose later of since and confirmedOn is before the period. */
    private static final String STALE = """
            MATCH (p:YoungPerson)-[a:ASSOCIATED_WITH]->(:PeerGroup)
            WHERE NOT p.id IN $people
              AND NOT coalesce(CASE WHEN a.confirmedOn > a.since THEN a.confirmedOn
                                    ELSE coalesce(a.since, a.confirmedOn) END >= $countingSince, false)
            RETURN count(a) AS count
            """;
    private static final String UNDATED = "MATCH (p:YoungPerson) WHERE p.dateOfBirth IS NULL RETURN count(p) AS count";

    private final Neo4jClient client;
    private final RetentionSettings settings;

    RetentionPlanner(Neo4jClient client, RetentionSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** What is past its period on {@code asOf}. */
    RetentionPlan plan(LocalDate asOf) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("bornBy", asOf.minusYears(settings.eraseAtAge()));
        parameters.put("quietSince", asOf.minus(settings.quietFor()));
        List<RetentionPlan.Person> people = List.copyOf(client.query(PEOPLE).bindAll(parameters)
                .fetchAs(RetentionPlan.Person.class).mappedBy((types, row) -> new RetentionPlan.Person(
                        row.get("id").asString(), row.get("involvements").asLong(), row.get("associations").asLong(),
                        row.get("relationships").asLong(), row.get("educationEvents").asLong(),
                        row.get("referrals").asLong(), row.get("meetings").asLong(), row.get("decisions").asLong()))
                .all());
        parameters.put("people", people.stream().map(RetentionPlan.Person::id).toList());
        parameters.put("incidentsBefore", asOf.minus(settings.incidents()).atStartOfDay());
        parameters.put("educationBefore", asOf.minus(settings.educationEvents()));
        parameters.put("referralsBefore", asOf.minus(settings.referrals()));
        parameters.put("meetingsBefore", asOf.minus(settings.meetings()));
        parameters.put("countingSince", asOf.minus(settings.associationsCountFor()));
        long decisions = people.stream().mapToLong(RetentionPlan.Person::decisions).sum();
        return new RetentionPlan(asOf, people, count(TIES, parameters), decisions, ids(FAMILIES, parameters), ids(INCIDENTS, parameters),
                ids(ANONYMISED, parameters), ids(EDUCATION, parameters), ids(REFERRALS, parameters),
                ids(MEETINGS, parameters), count(STALE, parameters), count(UNDATED, parameters));
    }

    private List<String> ids(String cypher, Map<String, Object> parameters) {
        return List.copyOf(client.query(cypher).bindAll(parameters).fetchAs(String.class)
                .mappedBy((types, row) -> row.get("id").asString()).all());
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return client.query(cypher).bindAll(parameters).fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("count").asLong()).one().orElse(0L);
    }
}
