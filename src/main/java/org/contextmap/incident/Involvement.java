package org.contextmap.incident;

/** A young person's part in an incident. */
public record Involvement(String incidentId, String personId, Role role) {
}
