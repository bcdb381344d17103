package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.RelationshipKind;

/**
 * What one incident adds to one young person's score through one of its parties, and why: the
 * incident, the party (a victim or a suspect), the path from that party to them, and the factors of
 * the weight. An incident reaches a person through each party close enough; the weights of all a
 * person's contributions add up to their score.
 *
 * @param source     the agency that recorded the incident
 * @param party      the victim or suspect the exposure starts from (the first step of the path)
 * @param partyRole  whether that party was a victim or a suspect
 * @param path       from the party to the young person: the party first, the person last; each
 *                   step after the first with the kinds of tie to the step before. A single step
 *                   means the person was the party
 * @param viaGroup   the peer group the person shares with the suspect, when the exposure is that
 *                   shared association rather than a path of ties; otherwise null
 * @param rivals     the two groups recorded as in conflict that the victim's and a suspect's
 *                   associations put on either side of the incident, or empty
 * @param repeat     the person was the victim and had been harmed within the repeat window before
 * @param harm       type × severity × weapon weight of the incident
 * @param decay      the share of that harm left after the days since it
 * @param reach      the weight of the route: side weight × distance factor per step (or the group
 *                   factor); for the party's own route the side weight, × the repeat factor for a
 *                   repeat victim
 * @param conflict   the conflict multiplier (1 when the groups are not recorded as in conflict)
 * @param chronic    the undecayed persistence added for the person's own involvement, else 0
 * @param weight     reach × (harm × decay × conflict + chronic): what this incident adds to the score
 */
public record Contribution(String incidentId, LocalDate date, IncidentType type, Severity severity, Weapon weapon,
        Agency source, String party, Role partyRole, List<Step> path, String viaGroup, List<String> rivals, boolean repeat,
        double harm, double decay, double reach, double conflict, double chronic, double weight) {

    /**
     * One young person on a path, and the tie that leads to them from the step before: its kinds,
     * the agencies that recorded it and the best confidence given to it (null: not graded, or the
     * first step).
     */
    public record Step(String personId, List<RelationshipKind> tie, List<Agency> recordedBy, Confidence confidence) {
    }

    /** Steps of network distance between the party and the person (0: the person was the party). */
    public int distance() {
        return path.size() - 1;
    }
}
