package org.contextmap.network.graph;

/** Why two peer groups are joined in the group graph; the edge's kinds are a bitmask of these ordinals. */
public enum GroupLink {
    /** Recorded as in conflict with each other. */
    CONFLICT,
    /** Recorded as allied. */
    ALLIANCE,
    /** At least one young person is associated with both; the edge weight is how many. */
    SHARED_ASSOCIATES
}
