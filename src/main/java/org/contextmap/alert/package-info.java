/**
 * Practice alerts: the learning of published safeguarding practice reviews as rules over the
 * graph (docs/practice-rules.md). Each alert says what happened, which facts raised it, which
 * review taught it, and what to consider doing. Alerts advise; a person decides, and the decision
 * is recorded. The rules read every feature's facts in one pass (the case book) and catch up
 * after each import.
 */
@ApplicationModule(displayName = "Practice alerts",
        allowedDependencies = {"base", "schema", "database", "person", "incident", "casework", "exchange"})
package org.contextmap.alert;

import org.springframework.modulith.ApplicationModule;
