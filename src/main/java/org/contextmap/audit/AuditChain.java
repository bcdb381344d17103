package org.contextmap.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain that makes the audit trail tamper-evident: each entry's hash is the SHA-256 of
 * the previous entry's hash and the entry's own canonical content (its sequence number included),
 * so editing, deleting or inserting an entry breaks the link at that entry and at every later one
 * (docs/audit.md). The canonical form writes each field with its length, so no choice of text in a
 * field can make two different entries read the same.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of the entry at {@code sequence} with this content, after an entry whose hash is {@code previous}. */
    static String hash(String previous, long sequence, AuditRecord entry) {
        StringBuilder canonical = new StringBuilder(256).append(previous).append('\n');
        field(canonical, Long.toString(sequence));
        field(canonical, entry.at().toString());
        field(canonical, entry.personId());
        field(canonical, entry.user());
        field(canonical, entry.roles());
        field(canonical, entry.action());
        field(canonical, entry.what());
        field(canonical, entry.purpose());
        field(canonical, entry.channel());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }
}
