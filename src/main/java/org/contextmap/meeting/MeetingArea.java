package org.contextmap.meeting;

import java.util.Set;

/**
 * Where a meeting is about: a home area (a place of type home area) with its centre, the young
 * people living there, and the name peer groups there carry as their area; or the whole city.
 */
record MeetingArea(String id, String name, Double latitude, Double longitude, Set<String> residents) {

    static final MeetingArea CITY = new MeetingArea(null, "the whole city", null, null, null);

    boolean city() {
        return id == null;
    }

    /** Whether a young person lives in the area (everyone does, for the whole city). */
    boolean lives(String personId) {
        return residents == null || residents.contains(personId);
    }
}
