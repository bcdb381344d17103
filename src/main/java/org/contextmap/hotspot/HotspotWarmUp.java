package org.contextmap.hotspot;

import org.contextmap.base.Precompute;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the hotspot map again after an import, off the request path, so that the hotspot and
 * school views keep answering from the previous map meanwhile (see {@code base/Refreshed}) rather
 * than waiting for the read.
 */
@Component
@Order(4)
class HotspotWarmUp implements Precompute {

    private final HotspotService hotspots;

    HotspotWarmUp(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public String what() {
        return "the hotspot map";
    }

    @Override
    public void run() {
        hotspots.refreshMap();
    }
}
