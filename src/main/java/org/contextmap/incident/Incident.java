package org.contextmap.incident;

import java.time.LocalDateTime;
import org.contextmap.base.Agency;

/**
 * Something harmful that happened, where and when, as recorded by an agency.
 *
 * @param restricted intelligence the recording agency marked as restricted (need-to-know rules
 *                   show its detail only to the police); {@code null} when a bundle did not state
 *                   it, which keeps what is stored
 */
public record Incident(
        String id,
        LocalDateTime occurredAt,
        IncidentType type,
        Severity severity,
        Weapon weapon,
        String locationId,
        Agency source,
        String summary,
        Boolean restricted) {

    /** An incident that is not restricted. */
    public Incident(String id, LocalDateTime occurredAt, IncidentType type, Severity severity, Weapon weapon,
            String locationId, Agency source, String summary) {
        this(id, occurredAt, type, severity, weapon, locationId, source, summary, false);
    }
}
