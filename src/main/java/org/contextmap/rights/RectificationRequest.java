package org.contextmap.rights;

/**
 * The body of {@code POST /api/people/{id}/rectifications}.
 *
 * @param fact           which fact: its kind and the fields that identify it
 * @param status         DISPUTED, CORRECTED or WITHDRAWN (a tie, an association or a part in an
 *                       incident, withdrawn by whoever recorded it)
 * @param reason         why, in the words of whoever raised it
 * @param correctedValue for a CORRECTED profile field, the right value (required); for other facts,
 *                       optional words saying what is right
 * @param raisedBy       who raised it: PARENT_CARER, YOUNG_PERSON or an agency (base.Agency)
 */
public record RectificationRequest(Fact fact, String status, String reason, String correctedValue, String raisedBy) {

    /**
     * Identifies one fact of the young person's record.
     *
     * @param kind             RELATIONSHIP, ASSOCIATION, INVOLVEMENT or PROFILE
     * @param field            PROFILE: the field ({@code ethnicity}, {@code dateOfBirth}, {@code flags} …)
     * @param otherPersonId    RELATIONSHIP: the other young person
     * @param relationshipKind RELATIONSHIP: the kind of tie, when they have more than one
     * @param groupId          ASSOCIATION: the peer group
     * @param incidentId       INVOLVEMENT: the incident
     */
    public record Fact(String kind, String field, String otherPersonId, String relationshipKind, String groupId,
            String incidentId) {
    }
}
