/**
 * Peer groups: young people's associations with them (always an association with a source and a
 * confidence, never "membership" as a fact), and the conflicts and alliances between groups.
 */
@ApplicationModule(displayName = "Peer groups", allowedDependencies = {"base", "database"})
package org.contextmap.group;

import org.springframework.modulith.ApplicationModule;
