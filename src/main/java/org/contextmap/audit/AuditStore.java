package org.contextmap.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the chain. The head of the chain — the last sequence number and hash — lives on a single
 * {@code (:AuditChain {id: 'audit'})} node that each write locks first, in the same transaction
 * as the entries it appends, so that several application instances sharing one database append
 * one after the other and never fork the chain; the uniqueness constraint on the sequence number
 * makes a fork impossible even if that lock were bypassed.
 */
@Component
class AuditStore {

    private static final Logger log = LoggerFactory.getLogger(AuditStore.class);
    private static final int ADOPTION_BATCH = 10_000;

    /** The chain's last link. */
    record Head(long sequence, String hash) {
    }

    private final Driver driver;
    private final String writer = "instance-" + UUID.randomUUID().toString().substring(0, 8);

    AuditStore(Driver driver) {
        this.driver = driver;
    }

    /**
     * Appends the entries, in order, in one transaction: locks the head, chains each entry to the
     * one before, writes them with one {@code UNWIND} and moves the head on.
     */
    void append(List<AuditRecord> entries) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                Head head = lockHead(tx);
                List<Map<String, Object>> rows = new ArrayList<>(entries.size());
                long sequence = head.sequence();
                String hash = head.hash();
                for (AuditRecord entry : entries) {
                    sequence++;
                    String next = AuditChain.hash(hash, sequence, entry);
                    rows.add(entry.row(sequence, hash, next));
                    hash = next;
                }
                tx.run("""
                        MATCH (h:AuditChain {id: 'audit'})
                        SET h.sequence = $sequence, h.hash = $hash
                        WITH h
                        UNWIND $rows AS row
                        CREATE (:AuditEntry {sequence: row.sequence, at: row.at, personId: row.personId,
                                user: row.user, roles: row.roles, action: row.action, what: row.what,
                                purpose: row.purpose, channel: row.channel, previousHash: row.previousHash,
                                hash: row.hash})
                        """, Map.of("sequence", sequence, "hash", hash, "rows", rows)).consume();
            });
        }
    }

    /**
     * Takes the write lock on the head and reads it. A missing head (a new database, or one whose
     * head was deleted) is made again from the last chained entry.
     */
    private Head lockHead(TransactionContext tx) {
        List<Record> head = tx.run("""
                MATCH (h:AuditChain {id: 'audit'})
                SET h.writer = $writer
                RETURN h.sequence AS sequence, h.hash AS hash
                """, Map.of("writer", writer)).list();
        if (head.isEmpty()) {
            head = tx.run("""
                    OPTIONAL MATCH (last:AuditEntry) WHERE last.sequence IS NOT NULL
                    WITH last ORDER BY last.sequence DESC LIMIT 1
                    MERGE (h:AuditChain {id: 'audit'})
                      ON CREATE SET h.sequence = coalesce(last.sequence, 0), h.hash = coalesce(last.hash, $genesis)
                    SET h.writer = $writer
                    RETURN h.sequence AS sequence, h.hash AS hash
                    """, Map.of("genesis", AuditChain.GENESIS, "writer", writer)).list();
        }
        return new Head(head.getFirst().get("sequence").asLong(), head.getFirst().get("hash").asString());
    }

    /** The head as stored, or {@code null} when there is none. */
    Head head() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var rows = tx.run("MATCH (h:AuditChain {id: 'audit'}) RETURN h.sequence AS sequence, h.hash AS hash")
                        .list();
                return rows.isEmpty() ? null : new Head(rows.getFirst().get("sequence").asLong(),
                        rows.getFirst().get("hash").asString());
            });
        }
    }

    /** How many entries were written before the chain and chained when it began (0 when none). */
    long legacyEntries() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                    OPTIONAL MATCH (h:AuditChain {id: 'audit'}) RETURN coalesce(h.legacyEntries, 0) AS legacy
                    """).single().get("legacy").asLong());
        }
    }

    /**
     * Chains the entries written before the chain existed (no sequence number), oldest first, so
     * that they are protected from now on. Runs only while there is no chain yet — or one that is
     * still taking over such entries after a crash part-way — because later an entry without a
     * sequence number is one written behind the application's back, which verification reports
     * rather than adopts. SHA-256 is not a Cypher function, so this is Java rather than a migration.
     *
     * @return how many entries were chained
     */
    long adoptLegacyEntries() {
        try (var session = driver.session()) {
            Record state = session.executeRead(tx -> tx.run("""
                    OPTIONAL MATCH (h:AuditChain {id: 'audit'})
                    RETURN h IS NOT NULL AS hasHead, coalesce(h.adopting, false) AS adopting,
                           COUNT { MATCH (e:AuditEntry) WHERE e.sequence IS NOT NULL } AS chained,
                           COUNT { MATCH (e:AuditEntry) WHERE e.sequence IS NULL } AS unchained
                    """).single());
            boolean resuming = state.get("adopting").asBoolean();
            long unchained = state.get("unchained").asLong();
            boolean fresh = !state.get("hasHead").asBoolean() && state.get("chained").asLong() == 0;
            if (unchained == 0 || !(fresh || resuming)) {
                if (resuming) {
                    session.executeWriteWithoutResult(tx -> tx.run(
                            "MATCH (h:AuditChain {id: 'audit'}) REMOVE h.adopting").consume());
                }
                return 0;
            }
            if (fresh) {
                session.executeWriteWithoutResult(tx -> tx.run("""
                        CREATE (:AuditChain {id: 'audit', sequence: 0, hash: $genesis, adopting: true,
                                legacyEntries: $legacy})
                        """, Map.of("genesis", AuditChain.GENESIS, "legacy", unchained)).consume());
            }
            long adopted = 0;
            while (true) {
                long batch = session.executeWrite(this::adoptBatch);
                if (batch == 0) {
                    break;
                }
                adopted += batch;
            }
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (h:AuditChain {id: 'audit'}) REMOVE h.adopting").consume());
            log.info("Audit trail: {} entries written before the hash chain were chained, oldest first", adopted);
            return adopted;
        }
    }

    private long adoptBatch(TransactionContext tx) {
        Head head = lockHead(tx);
        List<Record> legacy = tx.run("""
                MATCH (e:AuditEntry) WHERE e.sequence IS NULL
                RETURN elementId(e) AS id, e.at AS at, e.personId AS personId, e.user AS user, e.roles AS roles,
                       e.action AS action, e.what AS what, e.purpose AS purpose, e.channel AS channel
                ORDER BY e.at, elementId(e)
                LIMIT $batch
                """, Map.of("batch", ADOPTION_BATCH)).list();
        List<Map<String, Object>> rows = new ArrayList<>();
        long sequence = head.sequence();
        String hash = head.hash();
        for (Record row : legacy) {
            AuditRecord entry = read(row);
            sequence++;
            String next = AuditChain.hash(hash, sequence, entry);
            rows.add(Map.of("id", row.get("id").asString(), "sequence", sequence, "previousHash", hash, "hash", next));
            hash = next;
        }
        tx.run("""
                MATCH (h:AuditChain {id: 'audit'})
                SET h.sequence = $sequence, h.hash = $hash
                WITH h
                UNWIND $rows AS row
                MATCH (e:AuditEntry) WHERE elementId(e) = row.id
                SET e.sequence = row.sequence, e.previousHash = row.previousHash, e.hash = row.hash
                """, Map.of("sequence", sequence, "hash", hash, "rows", rows)).consume();
        return legacy.size();
    }

    /** An entry's content as stored. */
    static AuditRecord read(Record row) {
        Value at = row.get("at");
        return new AuditRecord(at.isNull() ? Instant.EPOCH : at.asZonedDateTime().toInstant(), text(row, "personId"),
                text(row, "user"), text(row, "roles"), text(row, "action"), text(row, "what"), text(row, "purpose"),
                text(row, "channel"));
    }

    static String text(Record row, String key) {
        Value value = row.get(key);
        return value.isNull() ? null : value.asObject().toString();
    }
}
