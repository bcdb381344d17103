package org.contextmap.group;

import java.time.LocalDate;
import org.contextmap.base.Agency;

/** Conflict or alliance between two peer groups; undirected, stored with the smaller id first. */
public record GroupRelation(String groupA, String groupB, GroupRelationKind kind, LocalDate since, Agency source) {

    public GroupRelation normalised() {
        return groupA.compareTo(groupB) <= 0 ? this : new GroupRelation(groupB, groupA, kind, since, source);
    }
}
