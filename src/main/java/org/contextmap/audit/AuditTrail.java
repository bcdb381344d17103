package org.contextmap.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.contextmap.person.PersonRecordsViewed;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read or changed a child's record, when, and how. Entries live in the database, not in a
 * log file of one instance, so every instance behind a load balancer writes to the same trail.
 */
@Service
public class AuditTrail {

    /** One read or change of a child's record. */
    public record Entry(OffsetDateTime at, String personId, String user, String action, String channel) {
    }

    private final Neo4jClient client;

    AuditTrail(Neo4jClient client) {
        this.client = client;
    }

    @EventListener
    @Transactional
    void on(PersonRecordsViewed viewed) {
        client.query("""
                UNWIND $personIds AS personId
                CREATE (:AuditEntry {at: datetime(), personId: personId, user: $user, action: 'READ', channel: $channel})
                """)
                .bind(viewed.personIds()).to("personIds")
                .bind(viewed.viewer()).to("user")
                .bind(viewed.channel()).to("channel")
                .run();
    }

    /** The trail for one child, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> entriesFor(String personId) {
        return List.copyOf(client.query("""
                MATCH (e:AuditEntry {personId: $personId})
                RETURN e.at AS at, e.user AS user, e.action AS action, e.channel AS channel
                ORDER BY e.at DESC
                """).bind(personId).to("personId").fetchAs(Entry.class).mappedBy((types, record) -> new Entry(
                record.get("at").asOffsetDateTime(), personId, record.get("user").asString(),
                record.get("action").asString(), record.get("channel").asString())).all());
    }
}
