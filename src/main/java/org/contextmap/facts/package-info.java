/**
 * Record what you know: a practitioner, or a parent, carer or young person as told to them, adds a
 * tie between two young people, an association with a peer group, or a concern (an incident they
 * were told about) from a child's page or through {@code POST /api/people/{id}/facts}. Youth
 * workers, parents and schools often know the peer network better than any system, and many have
 * no case system that sends bundles. The fact is written as a one-row bundle through the same
 * validated, all-or-nothing import as every other, so it appears at once in the network, the record
 * and the chronology, and alerts and risk are brought up to date as after any import.
 * {@code ui} holds the form on a child's record.
 */
@ApplicationModule(displayName = "Record what you know", allowedDependencies = {"base", "person", "exchange"})
package org.contextmap.facts;

import org.springframework.modulith.ApplicationModule;
