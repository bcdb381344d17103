package org.contextmap.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contextmap.base.ConflictException;
import org.neo4j.driver.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every version of a plan as its own {@code SafetyPlan} node ({@code id} is
 * {@code planId@version}), the newest marked {@code latest}, and the newest version's actions as
 * {@code Action} nodes that the tracker reads. A version is written once and never changed; a new
 * version replaces only the {@code Action} nodes. No import touches these nodes: they are not
 * bundle records.
 */
@Repository
class PlanStore {

    private static final String RETURN_PLAN = """
            RETURN n.planId AS planId, n.subject AS subject, n.subjectId AS subjectId, n.version AS version,
                   n.changedBy AS changedBy, n.changedAt AS changedAt, n.body AS body
            """;

    private final Neo4jClient client;

    PlanStore(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Writes a version and the actions it holds. Two people saving the same version at once: the
     * second is refused ({@link ConflictException}) by the unique id, and nothing of it is kept.
     */
    @Transactional
    void save(PlanRecord plan, LocalDate reviewOn, String summary, List<Map<String, Object>> actions) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", plan.planId() + "@" + plan.version());
        row.put("planId", plan.planId());
        row.put("subject", plan.subject().name());
        row.put("subjectId", plan.subjectId());
        row.put("version", plan.version());
        row.put("changedBy", plan.changedBy());
        row.put("changedAt", plan.changedAt());
        row.put("reviewOn", reviewOn);
        row.put("summary", summary);
        row.put("body", plan.body());
        row.put("actions", actions);
        try {
            client.query("""
                    OPTIONAL MATCH (old:SafetyPlan {planId: $planId, latest: true})
                    SET old.latest = false
                    CREATE (n:SafetyPlan {id: $id, planId: $planId, subject: $subject, subjectId: $subjectId,
                            version: $version, latest: true, changedBy: $changedBy, changedAt: $changedAt,
                            reviewOn: $reviewOn, summary: $summary, body: $body})
                    WITH n
                    OPTIONAL MATCH (gone:Action {planId: $planId})
                    DETACH DELETE gone
                    WITH DISTINCT n
                    UNWIND $actions AS a
                    CREATE (:Action {id: $planId + '/' + a.actionId, planId: $planId, actionId: a.actionId,
                            subject: $subject, subjectId: $subjectId, description: a.description, owner: a.owner,
                            ownerName: a.ownerName, due: a.due, status: a.status})
                    """).bindAll(row).run();
        } catch (DataIntegrityViolationException twice) {
            throw new ConflictException("Someone saved version " + plan.version() + " of this plan a moment ago: "
                    + "open the plan again to see their change, then save yours.");
        }
    }

    /** The newest version of each plan about a subject, newest plan first. */
    @Transactional(readOnly = true)
    List<PlanRecord> latest(PlanSubject subject, String subjectId) {
        return List.copyOf(client.query("""
                MATCH (n:SafetyPlan {subjectId: $subjectId, subject: $subject, latest: true})
                """ + RETURN_PLAN + " ORDER BY n.changedAt DESC")
                .bindAll(Map.of("subject", subject.name(), "subjectId", subjectId))
                .fetchAs(PlanRecord.class).mappedBy((types, row) -> record(row)).all());
    }

    /** The newest version of each plan about any of these young people (a group's members). */
    @Transactional(readOnly = true)
    List<PlanRecord> latestOfPeople(List<String> personIds) {
        return List.copyOf(client.query("""
                MATCH (n:SafetyPlan {subject: 'PERSON', latest: true}) WHERE n.subjectId IN $ids
                """ + RETURN_PLAN + " ORDER BY n.subjectId")
                .bind(personIds).to("ids").fetchAs(PlanRecord.class).mappedBy((types, row) -> record(row)).all());
    }

    /** Every version of a plan, oldest first; empty when there is no such plan. */
    @Transactional(readOnly = true)
    List<PlanRecord> versions(String planId) {
        return List.copyOf(client.query("MATCH (n:SafetyPlan {planId: $planId})\n" + RETURN_PLAN
                        + " ORDER BY n.version").bind(planId).to("planId")
                .fetchAs(PlanRecord.class).mappedBy((types, row) -> record(row)).all());
    }

    /** One version, or the newest when {@code version} is {@code null}. */
    @Transactional(readOnly = true)
    Optional<PlanRecord> find(String planId, Integer version) {
        return client.query("""
                MATCH (n:SafetyPlan {planId: $planId})
                WHERE ($version IS NULL AND n.latest) OR n.version = $version
                """ + RETURN_PLAN).bindAll(parameters(planId, version))
                .fetchAs(PlanRecord.class).mappedBy((types, row) -> record(row)).first();
    }

    /** The newest version of every plan: the tracker's input. */
    @Transactional(readOnly = true)
    List<PlanRecord> allLatest() {
        return List.copyOf(client.query("MATCH (n:SafetyPlan {latest: true})\n" + RETURN_PLAN
                        + " ORDER BY n.subject, n.subjectId").fetchAs(PlanRecord.class)
                .mappedBy((types, row) -> record(row)).all());
    }

    /** Removes every version and action of the plans about these young people (retention, erasure). */
    @Transactional
    int erasePeople(List<String> personIds) {
        return client.query("""
                MATCH (n:SafetyPlan {subject: 'PERSON'}) WHERE n.subjectId IN $ids
                OPTIONAL MATCH (a:Action {planId: n.planId})
                DETACH DELETE a, n
                """).bind(personIds).to("ids").run().counters().nodesDeleted();
    }

    private static Map<String, Object> parameters(String planId, Integer version) {
        Map<String, Object> map = new HashMap<>();
        map.put("planId", planId);
        map.put("version", version);
        return map;
    }

    private static PlanRecord record(org.neo4j.driver.Record row) {
        return new PlanRecord(row.get("planId").asString(), PlanSubject.valueOf(row.get("subject").asString()),
                row.get("subjectId").asString(), row.get("version").asInt(), text(row.get("changedBy")),
                row.get("changedAt").isNull() ? null : row.get("changedAt").asOffsetDateTime(),
                row.get("body").asString());
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
