/**
 * Violence-reduction meetings: a meeting for an area and a period, its agenda prepared from the
 * data (hotspots and their trend, group tensions, new serious incidents, the young people at
 * highest risk of harm and whose band rose, open alerts by code, plans due for review, overdue
 * actions by agency), the attendance, decisions and new actions recorded (the actions land on the
 * plans they concern, the rest on the area's context plan, and so in the tracker); the meeting
 * pack and the one-child pack as PDF ({@code pack}); in {@code ui}, the meetings' screens
 * (docs/meetings.md).
 */
@ApplicationModule(displayName = "Violence-reduction meetings and packs",
        allowedDependencies = {"base", "database", "person", "place", "incident", "hotspot", "risk", "alert", "plan",
                "casework", "group", "network :: ego"})
package org.contextmap.meeting;

import org.springframework.modulith.ApplicationModule;
