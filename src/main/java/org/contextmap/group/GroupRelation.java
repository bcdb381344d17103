package org.contextmap.group;

import java.time.LocalDate;
import org.contextmap.base.Agency;

/** Conflict or alliance between two peer groups; undirected, stored with the smaller id first. */
public record GroupRelation(String groupA, String groupB, GroupRelationKind kind, LocalDate since, Agency source) {

    /** The same relation with its two ends in the stored order (as it is when an end is missing). */
    public GroupRelation normalised() {
        return groupA == null || groupB == null || groupA.compareTo(groupB) <= 0 ? this
                : new GroupRelation(groupB, groupA, kind, since, source);
    }
}
