package org.contextmap.demo;

import java.util.SplittableRandom;
import org.contextmap.incident.IncidentType;

/**
 * Where an incident happens: near the people involved. During school hours often at the
 * victim's school (rarely for a stabbing or a shooting, never for a missing episode); otherwise
 * in the neighbourhood — sometimes just "in the area", mostly at one of its places, weighted by
 * how much harm the place attracts on that day (its trend makes hotspots rise and fade) — and
 * now and then in the city centre, less often the further away the neighbourhood is.
 *
 * <p>Locations are coded as one int: places first, then schools, then neighbourhoods.
 */
final class IncidentPlaces {

    private static final int DAY = CityCalendar.MINUTES_PER_DAY;

    private final Population people;
    private final Geography map;
    private final CityCalendar calendar;
    private final SplittableRandom random;
    private final double[] centralShare;
    private final int horizon;

    IncidentPlaces(Population people, Geography map, CityCalendar calendar, SplittableRandom random) {
        this.people = people;
        this.map = map;
        this.calendar = calendar;
        this.random = random;
        this.horizon = calendar.days * DAY;
        centralShare = new double[map.areas];
        for (int a = 0; a < map.areas; a++) {
            centralShare[a] = 0.07 * Math.exp(-Math.hypot(map.areaX[a], map.areaY[a]) / 4.0);
        }
    }

    /** The neighbourhood: mostly the victim's, sometimes the suspect's. */
    int area(int victim, int suspect) {
        if (suspect >= 0 && random.nextDouble() < 0.3) {
            return people.area[suspect];
        }
        return people.area[victim];
    }

    boolean isSchool(int location) {
        return location >= map.places && location < map.places + map.schools;
    }

    /** A location for an incident at the minute in the neighbourhood, involving the person. */
    int place(int minute, int area, IncidentType type, int person) {
        long epochDay = calendar.dayOf(minute);
        int minuteOfDay = minute % DAY;
        double atSchool = switch (type) {
            case MISSING_EPISODE -> 0;
            case STABBING, SHOOTING -> 0.1;
            default -> 0.5;
        };
        if (person >= 0 && people.school[person] >= 0 && calendar.isSchoolDay(epochDay)
                && minuteOfDay >= 8 * 60 + 30 && minuteOfDay <= 15 * 60 + 30 && Draw.chance(random, atSchool)) {
            return map.places + people.school[person];
        }
        double u = random.nextDouble();
        if (u < 0.08) {
            return map.places + map.schools + area;
        }
        if (u < 0.08 + centralShare[area]) {
            return map.centralPlaces[random.nextInt(map.centralPlaces.length)];
        }
        int[] candidates = map.areaPlaces[area];
        if (candidates.length == 0) {
            return map.places + map.schools + area;
        }
        double fraction = (double) minute / horizon;
        double[] weights = new double[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            weights[k] = map.attraction(candidates[k], fraction);
        }
        return candidates[Draw.weighted(random, weights)];
    }
}
