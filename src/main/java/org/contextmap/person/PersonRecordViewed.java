package org.contextmap.person;

/**
 * Someone opened a child's record. Published for every read so that the audit trail can answer
 * "who looked at this child's record, when, and how".
 *
 * @param channel where it was read: {@code api} or {@code ui}
 */
public record PersonRecordViewed(String personId, String viewer, String channel) {
}
