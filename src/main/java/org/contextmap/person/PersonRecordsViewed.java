package org.contextmap.person;

import java.util.List;
import org.contextmap.base.Viewer;

/**
 * Someone read one child's record, or several at once (a ranked list with each child's reasons),
 * or took records out of the application ({@link AuditAction#EXPORT}, no child named): one event,
 * written to the audit trail as one entry per child before the read returns.
 *
 * @param personIds the children whose records were read; empty for an export of everyone
 * @param viewer    who read, in what roles, why and through which channel
 * @param action    {@link AuditAction#READ} or {@link AuditAction#EXPORT}
 * @param what      what of the record was read, in a few words: {@code profile}, {@code risk}
 */
public record PersonRecordsViewed(List<String> personIds, Viewer viewer, AuditAction action, String what) {

    public PersonRecordsViewed {
        personIds = List.copyOf(personIds);
    }
}
