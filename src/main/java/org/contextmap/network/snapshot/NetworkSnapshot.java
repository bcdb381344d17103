package org.contextmap.network.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;

/**
 * The network as known on one day: the person graph (young people and their ties), the peer
 * groups, and the day. Built from one streaming read of the database at data version
 * {@code version}; a new version makes it stale.
 *
 * @param version the database's data version the snapshot was read at
 * @param builtAt when it was read
 * @param asOf    the day it shows: only ties and associations that began on or before it
 * @param people  the person graph as known on {@code asOf}
 * @param groups  the peer groups, their relations and associations (all dates; filter with {@code asOf})
 */
public record NetworkSnapshot(long version, Instant builtAt, LocalDate asOf, CompactGraph people,
        GroupNetwork groups) {

    /** The same data as known on another day. */
    public NetworkSnapshot on(LocalDate day) {
        return new NetworkSnapshot(version, builtAt, day, people.knownOn(day), groups);
    }

    /** The same snapshot, found still current at a later data version. */
    NetworkSnapshot at(long laterVersion) {
        return new NetworkSnapshot(laterVersion, builtAt, asOf, people, groups);
    }

    /** The group graph as known on {@link #asOf()}. */
    public CompactGraph groupGraph() {
        return groups.graphOn(asOf);
    }

    /** For each group, its associated person vertices as known on {@link #asOf()}. */
    public int[][] groupMembers() {
        return groups.membersOn(asOf);
    }
}
