package org.contextmap.place;

/**
 * A place some young people are linked to, and how: as their home area, as their school, or as
 * where incidents they were involved in happened. The model stores no "frequents" link (see
 * docs/domain-model.md), so these three are what says where a group's associates spend time.
 *
 * @param living    how many of them live in it (it is their home area)
 * @param attending how many of them attend it as a school
 * @param incidents how many incidents involving any of them happened there in the period asked for
 * @param people    how many of them are linked to it in any of these ways
 */
public record LinkedPlace(String id, String name, LocationType type, int living, int attending, int incidents,
        int people) {
}
