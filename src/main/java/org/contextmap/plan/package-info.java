/**
 * Safety plans for a young person, a peer group and a place (a context plan, as at a contextual
 * safeguarding context conference), kept in versions with who changed them, when and why; the
 * people and places to avoid suggested from the graph; and the action tracker over every plan's
 * actions. The reviews this answers: plans not moved forward with nobody accountable, no lead
 * professional once social care stepped back, no group or place plan beside the individual ones
 * (docs/safety-plans.md). In {@code ui}, the plan editor and the tracker.
 */
@ApplicationModule(displayName = "Safety plans and actions",
        allowedDependencies = {"base", "database", "person", "group", "place", "incident", "hotspot", "explorer"})
package org.contextmap.plan;

import org.springframework.modulith.ApplicationModule;
