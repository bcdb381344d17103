package org.contextmap.place;

/** A place that matters to young people's safety: a school, a park, a station, an estate. */
public record Location(String id, String name, LocationType type, Double latitude, Double longitude) {
}
