package org.contextmap.alert;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions about alerts, kept in the database ({@code AlertDecision} nodes) so that every
 * application instance sees them and the history survives: each decision is a new node, the
 * latest one stands.
 */
@Repository
class AlertDecisions {

    private final Neo4jClient client;

    AlertDecisions(Neo4jClient client) {
        this.client = client;
    }

    @Transactional
    Decision record(Alert alert, Decision.Outcome outcome, String reason, String decidedBy) {
        OffsetDateTime now = OffsetDateTime.now();
        client.query("""
                CREATE (:AlertDecision {alertId: $alertId, code: $code, personId: $personId, outcome: $outcome,
                                        reason: $reason, decidedBy: $decidedBy, decidedAt: $decidedAt})
                """).bindAll(Map.of("alertId", alert.id(), "code", alert.code().name(), "personId", alert.personId(),
                "outcome", outcome.name(), "reason", reason, "decidedBy", decidedBy, "decidedAt", now)).run();
        return new Decision(outcome, reason, decidedBy, now);
    }

    /** The latest decision on each decided alert. */
    @Transactional(readOnly = true)
    Map<String, Decision> latest() {
        return latest(client.query("""
                MATCH (d:AlertDecision)
                RETURN d.alertId AS alertId, d.outcome AS outcome, d.reason AS reason, d.decidedBy AS decidedBy,
                       d.decidedAt AS decidedAt
                ORDER BY d.decidedAt
                """).fetch().all());
    }

    /**
     * The latest decision on each decided alert about one young person: what their record shows,
     * read through the index on the person rather than every decision ever recorded.
     */
    @Transactional(readOnly = true)
    Map<String, Decision> latestAbout(String personId) {
        return latest(client.query("""
                MATCH (d:AlertDecision {personId: $personId})
                RETURN d.alertId AS alertId, d.outcome AS outcome, d.reason AS reason, d.decidedBy AS decidedBy,
                       d.decidedAt AS decidedAt
                ORDER BY d.decidedAt
                """).bind(personId).to("personId").fetch().all());
    }

    private static Map<String, Decision> latest(Collection<Map<String, Object>> rows) {
        Map<String, Decision> latest = new HashMap<>();
        rows.forEach(row -> latest.put((String) row.get("alertId"), new Decision(
                Decision.Outcome.valueOf((String) row.get("outcome")), (String) row.get("reason"),
                (String) row.get("decidedBy"), toOffset(row.get("decidedAt")))));
        return latest;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        return null;
    }
}
