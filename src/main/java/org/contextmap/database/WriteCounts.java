package org.contextmap.database;

import org.neo4j.driver.summary.SummaryCounters;

/** What a write changed in the graph, summed over its batches. */
public record WriteCounts(long nodesCreated, long nodesDeleted, long relationshipsCreated,
        long relationshipsDeleted, long propertiesSet) {

    public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0);

    static WriteCounts of(SummaryCounters counters) {
        return new WriteCounts(counters.nodesCreated(), counters.nodesDeleted(), counters.relationshipsCreated(),
                counters.relationshipsDeleted(), counters.propertiesSet());
    }

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(nodesCreated + other.nodesCreated, nodesDeleted + other.nodesDeleted,
                relationshipsCreated + other.relationshipsCreated, relationshipsDeleted + other.relationshipsDeleted,
                propertiesSet + other.propertiesSet);
    }

    /** True when nodes or relationships were created or deleted. */
    public boolean changedStructure() {
        return nodesCreated + nodesDeleted + relationshipsCreated + relationshipsDeleted > 0;
    }
}
