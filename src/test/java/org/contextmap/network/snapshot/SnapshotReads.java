package org.contextmap.network.snapshot;

/** For tests in other packages: how many times the network snapshots were read from the database. */
public final class SnapshotReads {

    private SnapshotReads() {
    }

    public static long of(NetworkSnapshots snapshots) {
        return snapshots.reads();
    }
}
