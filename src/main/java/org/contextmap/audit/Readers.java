package org.contextmap.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.contextmap.base.Role;

/**
 * Who has looked at a child's record: the answer to the "who has seen my data" part of a subject
 * access request. Readers are those with a READ or EXPORT entry about the child other than a
 * reading of the audit itself; every entry, reads of the audit included, follows.
 *
 * @param personId the child
 * @param readers  one line per user, most recent reader first
 * @param entries  every entry about the child, newest first
 */
public record Readers(String personId, List<Reader> readers, List<AuditTrail.Entry> entries) {

    /**
     * One user who read the record.
     *
     * @param roles    every role they held when reading, comma-separated
     * @param agencies the agencies those roles work for, comma-separated ({@code null} for cross-agency roles only)
     * @param purposes every purpose they gave, in the order first given
     */
    public record Reader(String user, String roles, String agencies, OffsetDateTime firstRead,
            OffsetDateTime lastRead, long reads, List<String> purposes) {
    }

    static Readers of(String personId, List<AuditTrail.Entry> entries) {
        Map<String, List<AuditTrail.Entry>> byUser = new LinkedHashMap<>();
        for (AuditTrail.Entry entry : entries) {
            boolean read = "READ".equals(entry.action()) || "EXPORT".equals(entry.action());
            if (read && !AuditTrail.AUDIT.equals(entry.what())) {
                byUser.computeIfAbsent(Objects.requireNonNullElse(entry.user(), "(unknown)"), u -> new ArrayList<>())
                        .add(entry);
            }
        }
        List<Reader> readers = new ArrayList<>();
        byUser.forEach((user, reads) -> readers.add(reader(user, reads)));
        readers.sort(Comparator.comparing(Reader::lastRead, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Readers(personId, readers, entries);
    }

    private static Reader reader(String user, List<AuditTrail.Entry> reads) {
        TreeSet<String> roles = new TreeSet<>();
        TreeSet<String> agencies = new TreeSet<>();
        List<String> purposes = new ArrayList<>();
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        for (AuditTrail.Entry entry : reads.reversed()) { // oldest first
            if (entry.roles() != null && !entry.roles().isBlank()) {
                Arrays.stream(entry.roles().split(",")).map(String::strip).forEach(role -> {
                    roles.add(role);
                    agency(role, agencies);
                });
            }
            if (entry.purpose() != null && !purposes.contains(entry.purpose())) {
                purposes.add(entry.purpose());
            }
            first = first == null ? entry.at() : first;
            last = entry.at();
        }
        return new Reader(user, String.join(",", roles), agencies.isEmpty() ? null : String.join(",", agencies),
                first, last, reads.size(), purposes);
    }

    private static void agency(String role, TreeSet<String> agencies) {
        try {
            Role known = Role.valueOf(role);
            if (known.agency() != null) {
                agencies.add(known.agency().label());
            }
        } catch (IllegalArgumentException unknown) {
            // a role this version does not know names no agency
        }
    }
}
