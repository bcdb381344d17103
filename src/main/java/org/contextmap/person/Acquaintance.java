package org.contextmap.person;

import org.contextmap.base.Provenance;

/** Someone a young person knows, seen from that young person's record. */
public record Acquaintance(String personId, String name, RelationshipKind kind, Provenance provenance) {
}
