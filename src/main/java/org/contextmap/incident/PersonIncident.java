package org.contextmap.incident;

import java.util.List;

/**
 * An incident as it appears on one young person's record: their role in it, where it
 * happened, and the other young people involved with theirs.
 */
public record PersonIncident(Incident incident, Role role, String locationName, List<Participant> others) {

    /** Another young person involved in the same incident. */
    public record Participant(String personId, String name, Role role) {
    }
}
