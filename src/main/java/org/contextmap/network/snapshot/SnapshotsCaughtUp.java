package org.contextmap.network.snapshot;

/**
 * The network snapshots have caught up with an import: they were carried forward to its data
 * version, or dropped to be read again. What derives from the network (the retaliation-risk
 * scores) listens for this rather than for the import itself, so it always catches up after the
 * network it reads and never needs an ordering between listeners of one event.
 *
 * @param dataVersion the database's data version after the import
 */
public record SnapshotsCaughtUp(long dataVersion) {
}
