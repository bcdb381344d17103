package org.contextmap.facts;

import java.time.LocalDate;

/**
 * A fact to record about a young person.
 *
 * @param kind         {@code TIE} (with another young person), {@code ASSOCIATION} (with a peer
 *                     group) or {@code CONCERN} (an incident reported, with the child's part in it)
 * @param otherPersonId the other young person of a tie
 * @param tieKind      FRIEND, SIBLING, FAMILY, PARTNER, CO_OFFENDER or ASSOCIATE
 * @param groupId      the peer group of an association
 * @param incidentType the kind of incident of a concern (ASSAULT, THREAT, EXPLOITATION …)
 * @param role         the child's part in a concern: VICTIM, WITNESS or PRESENT
 * @param summary      what was reported, in the words given (a concern)
 * @param toldBy       who the information comes from: {@code AGENCY} (the recorder's own agency),
 *                     {@code PARENT_CARER} or {@code YOUNG_PERSON}, as told to the recorder
 * @param confidence   CONFIRMED, PROBABLE, POSSIBLE or UNVERIFIED
 * @param date         since when the tie or association holds, or when the incident happened
 */
public record FactRequest(String kind, String otherPersonId, String tieKind, String groupId, String incidentType,
        String role, String summary, String toldBy, String confidence, LocalDate date) {
}
