/**
 * Incidents (assaults, stabbings, robberies, exploitation, missing episodes …) with their place,
 * severity, weapon and the agency that recorded them, and the young people involved in each as
 * victim, suspect, witness or present — victims always labelled as victims.
 */
@ApplicationModule(displayName = "Incidents", allowedDependencies = {"base", "database"})
package org.contextmap.incident;

import org.springframework.modulith.ApplicationModule;
