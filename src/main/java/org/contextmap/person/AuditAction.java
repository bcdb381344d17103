package org.contextmap.person;

/**
 * What was done with a child's record, in the words of the logging duty of the Data Protection
 * Act 2018 (s.62: collection, alteration, consultation, disclosure, combination and erasure). Each
 * audit entry carries one (docs/audit.md).
 */
public enum AuditAction {
    /** Consultation: a record, or part of it (risk, network, alerts), was shown. */
    READ,
    /** Alteration: something about a child was recorded or decided (an alert decision). */
    CHANGE,
    /** Disclosure: records left the application (a bundle or network export, a subject access export). */
    EXPORT,
    /** Erasure: records were deleted (retention). */
    ERASE,
    /** Collection and combination: a partner's bundle was imported and merged with what was known. */
    IMPORT
}
