package org.contextmap.place;

/**
 * A place where incidents involving one young person happened in a period.
 *
 * @param incidents how many incidents involving them happened there
 * @param harmed    whether they were the victim of at least one of them
 */
public record IncidentPlace(String personId, String placeId, String placeName, LocationType type, int incidents,
        boolean harmed) {
}
