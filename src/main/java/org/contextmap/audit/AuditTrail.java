package org.contextmap.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.PageRequest;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.person.AuditAction;
import org.contextmap.person.PersonRecordChanged;
import org.contextmap.person.PersonRecordsViewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Who read or changed a child's record, when, in what role, why and how (the logging duty of the
 * Data Protection Act 2018, s.62). Entries live in the database, not in a log file of one
 * instance, so every instance behind a load balancer writes to the same trail; they are
 * append-only and hash-chained, so an edit, a deletion or an insertion shows ({@link #verify()}).
 * Reading the trail is for auditors and administrators, and is itself audited. docs/audit.md.
 */
@Service
public class AuditTrail {

    static final String AUDIT = "audit";

    /**
     * One entry of the trail.
     *
     * @param sequence its place in the chain
     * @param personId the child concerned; {@code null} for an import or an export of everyone
     * @param roles    the roles of the user at the time, comma-separated
     * @param action   {@link AuditAction}: READ, CHANGE, EXPORT, ERASE or IMPORT
     * @param what     what was read or changed: {@code profile}, {@code risk}, {@code alert decision …}
     * @param purpose  why, in the user's words; {@code null} when not given (the application's own work)
     * @param channel  {@code api}, {@code ui} or {@code system}
     */
    public record Entry(Long sequence, OffsetDateTime at, String personId, String user, String roles, String action,
            String what, String purpose, String channel) {
    }

    /** One page of entries and how many match in all. */
    public record Found(List<Entry> entries, long total) {
    }

    private final AuditLog log;
    private final AuditQueries queries;
    private final AuditVerifier verifier;

    AuditTrail(AuditLog log, AuditQueries queries, AuditVerifier verifier) {
        this.log = log;
        this.queries = queries;
        this.verifier = verifier;
    }

    /** Writes the reads a feature announced, one entry per child, before the read returns. */
    @EventListener
    void on(PersonRecordsViewed viewed) {
        List<AuditRecord> entries = new ArrayList<>(Math.max(1, viewed.personIds().size()));
        if (viewed.personIds().isEmpty()) {
            entries.add(AuditRecord.of(viewed.viewer(), null, viewed.action(), viewed.what()));
        }
        for (String personId : viewed.personIds()) {
            entries.add(AuditRecord.of(viewed.viewer(), personId, viewed.action(), viewed.what()));
        }
        log.write(entries);
    }

    /** Writes a change that a feature announced, before the change's call returns. */
    @EventListener
    void on(PersonRecordChanged changed) {
        log.write(List.of(AuditRecord.of(changed.viewer(), changed.personId(), changed.action(), changed.what())));
    }

    /** Whether entries are written at all ({@code contextmap.audit.enabled}, on except in a benchmark). */
    public boolean enabled() {
        return log.enabled();
    }

    /** Transactions committed and entries written by this instance since it started: how well commits are shared. */
    public record Writes(long commits, long entries) {
    }

    public Writes writes() {
        long[] counts = log.counts();
        return new Writes(counts[0], counts[1]);
    }

    /**
     * One page of the entries about a child, by a user, and within a time ({@code to} exclusive),
     * each filter optional; newest first. For auditors and administrators; the reading is audited.
     *
     * @throws ForbiddenException for anyone else
     */
    public Found search(String personId, String user, Instant from, Instant to, PageRequest page) {
        Viewer auditor = auditor();
        AuditQueries.Filter filter = new AuditQueries.Filter(personId, user, from, to);
        long total = queries.count(filter);
        List<Entry> entries = queries.entries(filter, (long) page.page() * page.size(), page.size());
        log.write(List.of(AuditRecord.of(auditor, personId, AuditAction.READ, AUDIT)));
        return new Found(entries, total);
    }

    /**
     * Who has looked at a child's record — for a subject access request: each reader with their
     * roles, agency, first and last read, how many reads and why, then every entry about the child,
     * newest first. For auditors and administrators; the reading is audited.
     *
     * @throws ForbiddenException for anyone else
     */
    public Readers whoRead(String personId) {
        Viewer auditor = auditor();
        List<Entry> entries = entriesFor(personId);
        log.write(List.of(AuditRecord.of(auditor, personId, AuditAction.READ, AUDIT)));
        return Readers.of(personId, entries);
    }

    /**
     * Records that a young person's record was erased under the retention rules, and what went with
     * it ({@code what}, in words). The entry keeps the person's id, which alone names nobody, so that
     * an auditor can tell that a record existed and when and by whom it was removed.
     */
    public void erased(String personId, String what) {
        erasedAll(Map.of(personId, what));
    }

    /** The same for many records erased together: one write for all of them. */
    public void erasedAll(Map<String, String> whatByPerson) {
        Viewer viewer = Viewer.current();
        log.write(whatByPerson.entrySet().stream().map(erased -> AuditRecord.of(viewer, erased.getKey(),
                AuditAction.ERASE, "erased: " + erased.getValue())).toList());
    }

    /**
     * Every entry about a child, newest first, without a role check or an entry of its own: for
     * the application's own use (tests, and features that check their reads were logged).
     */
    public List<Entry> entriesFor(String personId) {
        return queries.entries(new AuditQueries.Filter(personId, null, null, null), 0, Integer.MAX_VALUE);
    }

    /**
     * Checks the whole chain: the first entry edited, deleted or inserted, if any. For auditors and
     * administrators (and the command line, which runs as the application).
     */
    public Verification verify() {
        auditor();
        log.adoptLegacyEntries();
        return verifier.verify();
    }

    private static Viewer auditor() {
        Viewer viewer = Viewer.current();
        if (!viewer.hasAny(Role.AUDITOR, Role.ADMIN)) {
            throw new ForbiddenException("Only an auditor or an administrator may read the audit trail.");
        }
        return viewer;
    }
}
