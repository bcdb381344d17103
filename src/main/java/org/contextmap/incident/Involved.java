package org.contextmap.incident;

/**
 * A young person's part in an incident, with the incident and the name of its place: one row of a
 * list of the incidents a set of young people (a peer group's associates) were involved in.
 *
 * @param name         the young person's name as recorded; the caller shows it as the reader may see it
 * @param locationName {@code null} when the incident's place is not recorded
 */
public record Involved(String personId, String name, Role role, Incident incident, String locationName) {
}
