package org.contextmap.network.cluster;

import org.contextmap.base.BackgroundWork;
import org.contextmap.network.snapshot.SnapshotsCaughtUp;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Detects today's clusters on start and after every import, off the request path: on the demo city the first
 * detection takes seconds, which the first person to open the network should not wait for.
 */
@Component
class ClusterWarmUp {

    private final ClusterAnalytics clusters;
    private final BackgroundWork background;

    ClusterWarmUp(ClusterAnalytics clusters, BackgroundWork background) {
        this.clusters = clusters;
        this.background = background;
    }

    /** On a start with data already in the store. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        on(null);
    }

    /** After every import. */
    @EventListener
    void on(SnapshotsCaughtUp caughtUp) {
        background.submit("today's clusters", () -> clusters.clusters(null));
    }
}
