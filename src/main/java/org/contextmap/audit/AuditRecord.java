package org.contextmap.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.contextmap.base.Viewer;
import org.contextmap.person.AuditAction;

/**
 * The content of one audit entry, as hashed into the chain. The time is kept to the microsecond,
 * which the database stores exactly, so that the content read back hashes to the same value.
 *
 * @param personId {@code null} when no single child is concerned (an import, an export of everyone)
 * @param roles    the reader's roles, comma-separated ({@link Viewer#roleNames()})
 */
record AuditRecord(Instant at, String personId, String user, String roles, String action, String what,
        String purpose, String channel) {

    AuditRecord {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** An entry for something the viewer did now. */
    static AuditRecord of(Viewer viewer, String personId, AuditAction action, String what) {
        return new AuditRecord(Instant.now(), personId, viewer.user(), viewer.roleNames(), action.name(), what,
                viewer.purpose(), viewer.channel());
    }

    /** The entry's properties with its place in the chain, as the write statement takes them. */
    Map<String, Object> row(long sequence, String previousHash, String hash) {
        Map<String, Object> row = new HashMap<>();
        row.put("sequence", sequence);
        row.put("at", at.atOffset(java.time.ZoneOffset.UTC));
        row.put("personId", personId);
        row.put("user", user);
        row.put("roles", roles);
        row.put("action", action);
        row.put("what", what);
        row.put("purpose", purpose);
        row.put("channel", channel);
        row.put("previousHash", previousHash);
        row.put("hash", hash);
        return row;
    }
}
