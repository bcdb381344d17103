/**
 * Hotspots and location risk: where harm happens, whether it is rising, how it spreads over
 * nearby places, and what a place, an address or a school's surroundings look like — for
 * violence-reduction meetings, school safeguarding leads and housing placements. A school sees
 * only what it is entitled to: no incident summaries, no names, no suspects. Tensions between
 * groups come from whoever provides {@link org.contextmap.hotspot.CommunityTensions} (the
 * retaliation-risk feature), so this feature depends on none of the analytics.
 */
@ApplicationModule(displayName = "Hotspots and location risk",
        allowedDependencies = {"base", "database", "place", "incident"})
package org.contextmap.hotspot;

import org.springframework.modulith.ApplicationModule;
