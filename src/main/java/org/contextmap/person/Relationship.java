package org.contextmap.person;

import org.contextmap.base.Provenance;

/**
 * Two young people who know each other. Undirected: it is stored once, with the smaller id
 * first, whichever way round a source recorded it.
 */
public record Relationship(String personA, String personB, RelationshipKind kind, Provenance provenance) {

    /** The same relationship with its two ends in the stored order (as it is when an end is missing). */
    public Relationship normalised() {
        return personA == null || personB == null || personA.compareTo(personB) <= 0 ? this
                : new Relationship(personB, personA, kind, provenance);
    }
}
