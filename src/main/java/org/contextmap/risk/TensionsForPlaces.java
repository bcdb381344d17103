package org.contextmap.risk;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.base.PageRequest;
import org.contextmap.hotspot.CommunityTensions;
import org.springframework.stereotype.Component;

/** The group tensions of the retaliation-risk model, offered to the location-risk views. */
@Component
class TensionsForPlaces implements CommunityTensions {

    private static final int ALL_PAIRS = Integer.MAX_VALUE;

    private final RiskService risk;

    TensionsForPlaces(RiskService risk) {
        this.risk = risk;
    }

    @Override
    public List<Pair> on(LocalDate asOf) {
        return risk.tensions(asOf, new PageRequest(0, ALL_PAIRS), 0).pairs().stream().map(t -> new Pair(t.groupA(), t.groupAName(),
                t.groupB(), t.groupBName(), t.relation(), t.intensity(), t.reciprocity(), t.trend(),
                t.incidentCount())).toList();
    }
}
