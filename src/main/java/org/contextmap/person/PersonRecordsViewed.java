package org.contextmap.person;

import java.util.List;

/**
 * Someone read several children's records at once — a ranked list with each child's reasons: one
 * event, written to the audit trail as one entry per child in one transaction.
 */
public record PersonRecordsViewed(List<String> personIds, String viewer, String channel) {
}
