package org.contextmap.audit;

/**
 * The result of checking the audit trail's hash chain ({@code GET /api/audit/verify},
 * {@code --audit-verify}).
 *
 * @param entries             every audit entry in the database, chained or not
 * @param verified            every entry is in the chain and every link holds
 * @param firstBrokenSequence the sequence number of the first entry that was edited, removed or
 *                            inserted; {@code null} when none, or when the break is not at a
 *                            sequence number (entries outside the chain, a missing head)
 * @param reason              what is wrong, in a sentence; {@code null} when verified
 * @param legacyEntries       entries written before the chain existed, chained (first, oldest
 *                            first) when it began: their content before then is not vouched for
 * @param lastHash            the hash of the newest entry: noted outside the database, it shows
 *                            later whether the newest entries were removed and the chain rebuilt
 */
public record Verification(long entries, boolean verified, Long firstBrokenSequence, String reason,
        long legacyEntries, String lastHash) {

    static Verification intact(long entries, long legacyEntries, String lastHash) {
        return new Verification(entries, true, null, null, legacyEntries, lastHash);
    }

    static Verification broken(long entries, Long at, String reason, long legacyEntries, String lastHash) {
        return new Verification(entries, false, at, reason, legacyEntries, lastHash);
    }
}
