/**
 * The professional response: education events (suspensions, exclusions, absence), referrals with
 * their outcomes, and multi-agency meetings about a child, a group or a place.
 */
@ApplicationModule(displayName = "Casework", allowedDependencies = {"base", "database"})
package org.contextmap.casework;

import org.springframework.modulith.ApplicationModule;
