package org.contextmap.group;

import org.contextmap.base.Provenance;

/** A young person's association with a peer group, with where that information came from. */
public record GroupAssociation(String personId, String groupId, Provenance provenance) {
}
