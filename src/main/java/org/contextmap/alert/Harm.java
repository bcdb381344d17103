package org.contextmap.alert;

import java.util.EnumSet;
import java.util.Set;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;

/** What the rules count as serious harm and as a weapon injury. */
final class Harm {

    private static final Set<Weapon> WEAPONS = EnumSet.of(Weapon.KNIFE, Weapon.BLADED_ARTICLE, Weapon.FIREARM);
    private static final Set<IncidentType> NOT_HARM = EnumSet.of(IncidentType.WEAPON_POSSESSION,
            IncidentType.MISSING_EPISODE);

    private Harm() {
    }

    /** Severity SERIOUS or worse, or any knife, bladed-article or firearm injury. */
    static boolean serious(Incident incident) {
        return incident.severity() != null && incident.severity().compareTo(Severity.SERIOUS) >= 0
                || knifeOrGunInjury(incident);
    }

    /** A stabbing or shooting, or harm done with a knife, bladed article or firearm. */
    static boolean knifeOrGunInjury(Incident incident) {
        return incident.type() == IncidentType.STABBING || incident.type() == IncidentType.SHOOTING
                || incident.weapon() != null && WEAPONS.contains(incident.weapon())
                        && !NOT_HARM.contains(incident.type()) && incident.type() != IncidentType.THREAT;
    }

    /** A knife or bladed-article injury (not a firearm). */
    static boolean knifeInjury(Incident incident) {
        return incident.type() == IncidentType.STABBING
                || (incident.weapon() == Weapon.KNIFE || incident.weapon() == Weapon.BLADED_ARTICLE)
                        && !NOT_HARM.contains(incident.type()) && incident.type() != IncidentType.THREAT;
    }

    /**
     * Abuse of one young person by another that calls for a response to each: sexual abuse or
     * exploitation whatever its grading, other harm (assault, robbery, stabbing, shooting,
     * threats) when graded moderate or worse.
     */
    static boolean abuse(Incident incident) {
        if (incident.type() == IncidentType.SEXUAL_ABUSE || incident.type() == IncidentType.EXPLOITATION) {
            return true;
        }
        return !NOT_HARM.contains(incident.type()) && incident.type() != IncidentType.OTHER
                && incident.severity() != null && incident.severity().compareTo(Severity.MODERATE) >= 0;
    }

    static Fact fact(CaseBook.InvolvedIncident involvement) {
        Incident incident = involvement.incident();
        String severity = incident.severity() == null ? "" : " (" + incident.severity().label().toLowerCase() + ")";
        return new Fact("incident", incident.id(), involvement.date(),
                incident.type().label() + severity + ", " + involvement.role().label().toLowerCase());
    }
}
