package org.contextmap.person;

import java.util.Locale;
import java.util.Set;

/**
 * A page of the people list.
 *
 * @param text      matched against name and id, ignoring case; blank for everyone
 * @param sortBy    NAME, AGE or HOME_AREA
 * @param ascending sort direction
 * @param only      the ids the reader may see, or {@code null} for everyone
 */
public record PeopleQuery(String text, Sort sortBy, boolean ascending, int offset, int limit, Set<String> only) {

    public PeopleQuery(String text, Sort sortBy, boolean ascending, int offset, int limit) {
        this(text, sortBy, ascending, offset, limit, null);
    }

    /** The same page limited to these ids ({@code null}: everyone), for a role that sees only its own children. */
    public PeopleQuery limitedTo(Set<String> ids) {
        return new PeopleQuery(text, sortBy, ascending, offset, limit, ids == null ? null : Set.copyOf(ids));
    }

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
