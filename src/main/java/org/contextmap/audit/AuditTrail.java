package org.contextmap.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.contextmap.base.Viewer;
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

    /**
     * Records that a young person's record was erased under the retention rules, and what went with
     * it ({@code what}, in words). The entry keeps the person's id, which alone names nobody, so that
     * an auditor can tell that a record existed and when and by whom it was removed. Joins the
     * caller's transaction: the entry is written with the erasure or not at all.
     */
    @Transactional
    public void erased(String personId, String what) {
        Viewer viewer = Viewer.current();
        client.query("""
                CREATE (:AuditEntry {at: datetime(), personId: $personId, user: $user, action: 'ERASE',
                                     channel: $channel, detail: $what})
                """)
                .bind(personId).to("personId")
                .bind(viewer.user()).to("user")
                .bind(viewer.channel()).to("channel")
                .bind(what).to("what")
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
