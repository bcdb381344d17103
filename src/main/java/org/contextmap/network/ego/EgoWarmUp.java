package org.contextmap.network.ego;

import org.contextmap.base.Precompute;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Works out today's network and the scores every ego network shows after an import, off the
 * request path, so that ego networks are drawn from the network before it meanwhile instead of
 * waiting (see {@link EgoNetworks}). First of the precomputations: it is what a screen opens most.
 */
@Component
@Order(0)
class EgoWarmUp implements Precompute {

    private final EgoNetworks egoNetworks;

    EgoWarmUp(EgoNetworks egoNetworks) {
        this.egoNetworks = egoNetworks;
    }

    @Override
    public String what() {
        return "today's network and the scores on every ego network";
    }

    @Override
    public void run() {
        egoNetworks.refreshToday();
    }
}
