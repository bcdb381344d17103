package org.contextmap.group;

import java.time.LocalDate;
import org.contextmap.base.Provenance;

/**
 * A young person's association with a peer group, with where that information came from.
 *
 * @param restricted         intelligence the recording agency marked as restricted (need-to-know
 *                           rules show its detail only to the police); {@code null} when a bundle
 *                           did not state it, which keeps what is stored
 * @param confirmedOn        when the association was last re-confirmed; {@code null} when it has not
 *                           been since {@code since}
 * @param confirmationStated false when a bundle had no {@code confirmed_on} column, which keeps
 *                           what is stored
 */
public record GroupAssociation(String personId, String groupId, Provenance provenance, Boolean restricted,
        LocalDate confirmedOn, boolean confirmationStated) {

    /** An association that is not restricted and has not been re-confirmed. */
    public GroupAssociation(String personId, String groupId, Provenance provenance) {
        this(personId, groupId, provenance, false, null, true);
    }
}
