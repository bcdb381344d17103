package org.contextmap.audit;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Walks the chain in sequence order and reports the first broken link: an entry whose content no
 * longer hashes to its hash (edited), a sequence number that is skipped (deleted), an entry whose
 * previous hash is not its predecessor's hash (inserted, or moved), entries with no place in the
 * chain (written behind the application's back), and a head that is ahead of or behind the last
 * entry (the newest entries removed, or added outside the writer). Reads in pages of 10,000, so a
 * trail of millions is checked in bounded memory, while the application goes on writing: entries
 * written during the walk are walked too, up to the head read after the walk.
 */
@Component
class AuditVerifier {

    private static final int PAGE = 10_000;

    private final Driver driver;
    private final AuditStore store;

    AuditVerifier(Driver driver, AuditStore store) {
        this.driver = driver;
        this.store = store;
    }

    /** The first broken link: at which entry, and what is wrong. */
    private record Break(long at, String reason) {
    }

    /** Where the walk has got to. */
    private static final class Walk {
        long expected = 1;
        String previous = AuditChain.GENESIS;
        Break broken;

        long last() {
            return expected - 1;
        }
    }

    Verification verify() {
        long legacy = store.legacyEntries();
        Walk walk = new Walk();
        walkOn(walk);
        AuditStore.Head head = store.head();
        if (walk.broken == null && head != null && head.sequence() > walk.last()) {
            walkOn(walk); // entries written during the walk; the head was moved with them
        }
        if (walk.broken != null) {
            return Verification.broken(countAll(), walk.broken.at(), walk.broken.reason(), legacy, walk.previous);
        }
        long outside = outsideTheChain();
        long total = walk.last() + outside;
        long last = walk.last();
        String previous = walk.previous;
        if (outside > 0) {
            return Verification.broken(total, null, outside + " entries have no place in the chain: they were "
                    + "written outside the application.", legacy, previous);
        }
        if (head == null && last > 0) {
            return Verification.broken(total, null, "The record of the chain's newest entry is missing, so whether "
                    + "the newest entries were removed cannot be told.", legacy, previous);
        }
        if (head != null && head.sequence() > last) {
            return Verification.broken(total, last + 1, "Entry " + (last + 1) + " and any after it are missing: the "
                    + "newest " + (head.sequence() - last) + " entries were deleted.", legacy, previous);
        }
        if (head != null && head.sequence() == last && !head.hash().equals(previous)) {
            return Verification.broken(total, last, "Entry " + last + ", the newest, is not the one the chain "
                    + "recorded last: it was replaced.", legacy, previous);
        }
        return Verification.intact(total, legacy, previous);
    }

    private void walkOn(Walk walk) {
        while (true) {
            List<Record> page = page(walk.last());
            for (Record row : page) {
                walk.broken = check(walk, row);
                if (walk.broken != null) {
                    return;
                }
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** Checks one entry against the walk so far and moves the walk on; the break when the link fails. */
    private static Break check(Walk walk, Record row) {
        long expected = walk.expected;
        Value number = row.get("sequence");
        double sequence = number.asNumber().doubleValue();
        if (sequence != expected) {
            return new Break(expected, sequence == Math.floor(sequence)
                    ? "Entry " + expected + " is missing: it was deleted, or the entries after it were renumbered."
                    : "An entry numbered " + number + " was inserted before entry " + expected + ".");
        }
        String hash = AuditStore.text(row, "hash");
        if (!walk.previous.equals(AuditStore.text(row, "previousHash"))) {
            return new Break(expected, "Entry " + expected + " does not follow entry " + (expected - 1)
                    + ": an entry was inserted, removed or replaced before it.");
        }
        if (!AuditChain.hash(walk.previous, expected, AuditStore.read(row)).equals(hash)) {
            return new Break(expected, "Entry " + expected + " was changed after it was written: its content no "
                    + "longer matches its hash.");
        }
        walk.previous = hash;
        walk.expected++;
        return null;
    }

    private long countAll() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (e:AuditEntry) RETURN count(e) AS n").single()
                    .get("n").asLong());
        }
    }

    /** Entries without a whole, non-negative sequence number (none, or text): not in the chain. */
    private long outsideTheChain() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (e:AuditEntry) WHERE NOT coalesce(e.sequence >= 0, false)
                    RETURN count(e) AS n
                    """).single().get("n").asLong());
        }
    }

    private List<Record> page(long after) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (e:AuditEntry) WHERE e.sequence > $after
                    RETURN e.sequence AS sequence, e.at AS at, e.personId AS personId, e.user AS user,
                           e.roles AS roles, e.action AS action, e.what AS what, e.purpose AS purpose,
                           e.channel AS channel, e.previousHash AS previousHash, e.hash AS hash
                    ORDER BY e.sequence
                    LIMIT $page
                    """, Map.of("after", after, "page", PAGE)).list());
        }
    }
}
