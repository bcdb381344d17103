package org.contextmap.network.cluster;

import org.contextmap.base.Precompute;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Detects today's clusters ahead of the first request: on the demo city the first detection takes
 * seconds, which the first person to open the network should not wait for.
 */
@Component
@Order(1)
class ClusterWarmUp implements Precompute {

    private final ClusterAnalytics clusters;

    ClusterWarmUp(ClusterAnalytics clusters) {
        this.clusters = clusters;
    }

    @Override
    public String what() {
        return "today's clusters";
    }

    @Override
    public void run() {
        clusters.clusters(null);
    }
}
