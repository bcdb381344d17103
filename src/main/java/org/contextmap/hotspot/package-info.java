/**
 * Hotspots and location risk (DESIGN §5): where harm happens, whether it is rising, how it spreads
 * over nearby places, what a place, an address or a school's surroundings look like — for
 * violence-reduction meetings, school safeguarding leads and housing placements. A school sees
 * only what it is entitled to: no incident summaries, no names, no suspects.
 */
package org.contextmap.hotspot;
