package org.contextmap.network.snapshot;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * How often the network snapshot was served from the cache and how often it had to be read from
 * the database again ({@code contextmap.snapshot.requests{result=hit|read}}): a falling hit rate
 * under load means imports or other instances' writes keep invalidating it.
 */
@Component
class SnapshotMetrics implements MeterBinder {

    private final NetworkSnapshots snapshots;

    SnapshotMetrics(NetworkSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("contextmap.snapshot.requests", snapshots, s -> s.requests() - s.reads())
                .tag("result", "hit").description("Network snapshots served from the cache").register(registry);
        FunctionCounter.builder("contextmap.snapshot.requests", snapshots, s -> s.reads())
                .tag("result", "read").description("Network snapshots read from the database").register(registry);
    }
}
