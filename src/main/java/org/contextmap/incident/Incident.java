package org.contextmap.incident;

import java.time.LocalDateTime;
import org.contextmap.base.Agency;

/** Something harmful that happened, where and when, as recorded by an agency. */
public record Incident(
        String id,
        LocalDateTime occurredAt,
        IncidentType type,
        Severity severity,
        Weapon weapon,
        String locationId,
        Agency source,
        String summary) {
}
