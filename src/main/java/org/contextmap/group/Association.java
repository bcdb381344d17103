package org.contextmap.group;

import org.contextmap.base.Provenance;

/** A young person's association with a peer group, as a profile shows it. */
public record Association(String groupId, String groupName, String area, Provenance provenance) {
}
