/**
 * Retaliation risk: a self-exciting (Hawkes-type) exposure of each young person to the harm
 * around them in the network, decaying with time and with distance, weighted by severity and by
 * the conflict between groups; every score explained by the incidents and paths behind it
 * (docs/risk-model.md). Also the tensions between peer groups, a back-test on the database's own
 * history and a fit of the model's parameters. It reads the network snapshot through the
 * network feature's named interfaces and offers the group tensions to the location-risk views.
 * Scores advise; a practitioner decides. {@code model} holds the mathematics, free of Spring.
 */
@ApplicationModule(displayName = "Retaliation risk", allowedDependencies = {"base", "database", "person",
        "incident", "hotspot", "network :: snapshot", "network :: graph"})
package org.contextmap.risk;

import org.springframework.modulith.ApplicationModule;
