package org.contextmap.person;

import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.base.CompositeKey;

/**
 * Something known about a family (domestic abuse, parental mental health, bereavement…). It is
 * recorded on the family, not on one child, so every sibling's record shows it: the Herefordshire
 * review found history known on one child's file and missing from a brother's.
 *
 * @param restricted intelligence the recording agency marked as restricted; {@code null} when a
 *                   bundle did not state it, which keeps what is stored
 */
public record FamilyHistory(String familyId, String kind, LocalDate notedOn, Agency source, Boolean restricted) {

    /** A history entry that is not restricted. */
    public FamilyHistory(String familyId, String kind, LocalDate notedOn, Agency source) {
        this(familyId, kind, notedOn, source, false);
    }

    /** A stable identity, so that importing the same history twice records it once. */
    public String key() {
        return CompositeKey.of(familyId, kind, notedOn == null ? null : notedOn.toString(),
                source == null ? null : source.name());
    }
}
