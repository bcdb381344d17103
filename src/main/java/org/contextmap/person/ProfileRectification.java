package org.contextmap.person;

import java.time.OffsetDateTime;

/**
 * A dispute, a correction or a withdrawal of one fact on a young person's record (UK GDPR art.
 * 16), as the record shows it. The rectifications feature keeps them and provides them through
 * {@link ProfileRectifications}; the record shows them beside the facts, and lays a corrected value
 * of the child's own details over the imported one ({@link ProfileField#apply}).
 *
 * @param fact           RELATIONSHIP, ASSOCIATION, INVOLVEMENT or PROFILE
 * @param reference      which fact: the profile field's name, the other young person's id and the
 *                       kind of tie ({@code YP3|FRIEND}), the group's id, or the incident's id
 * @param field          for a PROFILE fact, the field; otherwise {@code null}
 * @param status         DISPUTED, CORRECTED or WITHDRAWN
 * @param raisedBy       who asked, in words ("Parent or carer", "The young person", "Police")
 * @param previousValue  the value recorded when it was raised (kept: nothing is overwritten)
 * @param correctedValue the corrected value, for a CORRECTED fact where one was given
 * @param note           the whole in a sentence: "Disputed by Parent or carer on 7 December 2026: …"
 */
public record ProfileRectification(String id, String fact, String reference, ProfileField field, String status,
        String raisedBy, OffsetDateTime raisedAt, String reason, String previousValue, String correctedValue,
        String note) {

    public boolean corrected() {
        return "CORRECTED".equals(status);
    }

    /** The one who recorded the fact has withdrawn it: it stays on the record, struck through. */
    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }
}
