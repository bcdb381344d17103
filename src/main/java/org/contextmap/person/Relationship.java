package org.contextmap.person;

import org.contextmap.base.Provenance;

/**
 * Two young people who know each other. Undirected: it is stored once, with the smaller id
 * first, whichever way round a source recorded it.
 *
 * @param restricted intelligence the recording agency marked as restricted; {@code null} when a
 *                   bundle did not state it, which keeps what is stored
 */
public record Relationship(String personA, String personB, RelationshipKind kind, Provenance provenance,
        Boolean restricted) {

    /** A relationship that is not restricted. */
    public Relationship(String personA, String personB, RelationshipKind kind, Provenance provenance) {
        this(personA, personB, kind, provenance, false);
    }

    /** The same relationship with its two ends in the stored order (as it is when an end is missing). */
    public Relationship normalised() {
        return personA == null || personB == null || personA.compareTo(personB) <= 0 ? this
                : new Relationship(personB, personA, kind, provenance, restricted);
    }
}
