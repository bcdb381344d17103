package org.contextmap.hotspot;

import org.contextmap.exchange.Bundle;

/** A generated city's {@link HarmMap} built straight from its bundle, as the reader would from Neo4j. */
public final class BundleHarmMap {

    private BundleHarmMap() {
    }

    public static HarmMap of(Bundle bundle, HotspotSettings settings) {
        HarmMap.Builder map = HarmMap.builder(settings.harm());
        bundle.locations().forEach(l -> map.place(l.id(), l.name(), l.type(), l.latitude(), l.longitude()));
        bundle.incidents().forEach(i -> map.incident(i.id(), i.occurredAt().toLocalDate(), i.type(), i.severity(),
                i.weapon(), i.locationId(), i.source(), i.summary()));
        bundle.incidentPeople().forEach(p -> map.party(p.incidentId(), p.personId(), p.role()));
        bundle.youngPeople().forEach(p -> map.person(p.id(), p.name(), p.homeArea(), p.schoolId()));
        bundle.peerGroups().forEach(g -> map.group(g.id(), g.name()));
        bundle.groupAssociations().forEach(a -> map.association(a.personId(), a.groupId(), a.provenance().since()));
        return map.build();
    }
}
