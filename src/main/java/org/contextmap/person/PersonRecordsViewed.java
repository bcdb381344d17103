package org.contextmap.person;

import java.util.List;

/**
 * Someone read one child's record, or several at once (a ranked list with each child's reasons):
 * one event, written to the audit trail as one entry per child in one transaction, before the read
 * returns.
 */
public record PersonRecordsViewed(List<String> personIds, String viewer, String channel) {
}
