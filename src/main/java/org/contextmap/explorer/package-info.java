/**
 * The network explorer: the screen that draws the network of young people, peer groups and the
 * ties between them — a child's ego network, a peer group's associates, or the whole city
 * aggregated into groups — as known on any day, sized by centrality or retaliation risk, with
 * victims marked as victims. It reads the network analytics and the risk model and nothing
 * depends on it. A peer group's page also lists its associates' incidents and the places linked to
 * them, from the incident and place features ({@code GroupActivity}). {@code ui} holds the view
 * and the Java side of the {@code <cm-network>} element ({@code frontend/src/cm-network.ts}).
 */
@ApplicationModule(displayName = "Network explorer",
        allowedDependencies = {"base", "person", "group", "incident", "place", "risk", "network :: ego",
                "network :: cluster", "network :: centrality"})
package org.contextmap.explorer;

import org.springframework.modulith.ApplicationModule;
