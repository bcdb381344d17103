package org.contextmap.rights;

import org.contextmap.base.Agency;

/**
 * One tie, association or part in an incident on a young person's record, in the words a person
 * picks it by ("Friend of Jordan K. (Police, probable)"), with what a rectification of it sends.
 *
 * @param reference which fact, as a rectification of it is kept ({@code YP3|FRIEND}, a group's or
 *                  an incident's id)
 * @param source    who recorded it, the only one who may withdraw it; {@code null} when not recorded
 * @param fact      the fact as {@link Rectifications#raise} names it
 */
public record RecordedFact(FactKind kind, String reference, String words, Agency source,
        RectificationRequest.Fact fact) {
}
