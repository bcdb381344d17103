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

    /** Harm one young person may do another: anything but possession of a weapon or a missing episode. */
    static boolean harmful(Incident incident) {
        return !NOT_HARM.contains(incident.type());
    }

    static Fact fact(CaseBook.Involvement involvement) {
        Incident incident = involvement.incident();
        String severity = incident.severity() == null ? "" : " (" + incident.severity().label().toLowerCase() + ")";
        return new Fact("incident", incident.id(), involvement.date(),
                incident.type().label() + severity + ", " + involvement.role().label().toLowerCase());
    }
}
