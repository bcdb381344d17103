package org.contextmap.person;

import org.contextmap.base.Viewer;

/**
 * Something in the records was changed, imported or erased: one audit entry, written before the
 * call that announced it returns.
 *
 * @param personId the child concerned, or {@code null} for a change of many (an import)
 * @param viewer   who made the change
 * @param action   {@link AuditAction#CHANGE}, {@link AuditAction#IMPORT}, {@link AuditAction#ERASE} …
 * @param what     what changed, in a few words: {@code alert decision ALERT-12: NOT_NEEDED}
 */
public record PersonRecordChanged(String personId, Viewer viewer, AuditAction action, String what) {
}
