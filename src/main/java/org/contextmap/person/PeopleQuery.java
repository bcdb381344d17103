package org.contextmap.person;

import java.util.Locale;

/**
 * A page of the people list.
 *
 * @param text      matched against name and id, ignoring case; blank for everyone
 * @param sortBy    NAME, AGE or HOME_AREA
 * @param ascending sort direction
 */
public record PeopleQuery(String text, Sort sortBy, boolean ascending, int offset, int limit) {

    public enum Sort {
        NAME("p.name"), AGE("p.dateOfBirth"), HOME_AREA("homeArea");

        final String expression;

        Sort(String expression) {
            this.expression = expression;
        }
    }

    String normalisedText() {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    }
}
