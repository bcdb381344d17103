package org.contextmap.demo;

import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;

/**
 * What each kind of incident usually looks like: how often it happens, how severe it is, which
 * weapon is involved and which agency records it. Severity and weapon are drawn together so that
 * they agree (a stabbing always involves a knife or a bladed article and is rarely minor; a
 * firearm makes a possession serious). Knife injuries are often first seen in the emergency
 * department, hence HEALTH as the source of a third of stabbings.
 */
final class HarmProfile {

    static final IncidentType[] TYPES = IncidentType.values();

    private static final Mix<IncidentType> BACKGROUND = Mix.of(IncidentType.ASSAULT, 31.0)
            .and(IncidentType.THREAT, 18).and(IncidentType.ROBBERY, 12).and(IncidentType.STABBING, 3.5)
            .and(IncidentType.SHOOTING, 0.2).and(IncidentType.WEAPON_POSSESSION, 7)
            .and(IncidentType.EXPLOITATION, 3).and(IncidentType.MISSING_EPISODE, 9)
            .and(IncidentType.SEXUAL_ABUSE, 3).and(IncidentType.OTHER, 12);

    private static final Mix<IncidentType> RETALIATION = Mix.of(IncidentType.ASSAULT, 35.0)
            .and(IncidentType.STABBING, 28).and(IncidentType.THREAT, 17).and(IncidentType.ROBBERY, 12)
            .and(IncidentType.SHOOTING, 3);

    private HarmProfile() {
    }

    static IncidentType background(SplittableRandom random) {
        return BACKGROUND.pick(random);
    }

    static IncidentType retaliation(SplittableRandom random) {
        return RETALIATION.pick(random);
    }

    /** Assault, stabbing, shooting, robbery or threat: the violence that groups retaliate for. */
    static boolean violent(IncidentType type) {
        return switch (type) {
            case ASSAULT, STABBING, SHOOTING, ROBBERY, THREAT -> true;
            default -> false;
        };
    }

    /** Serious harm in the sense of the practice alerts: SERIOUS or worse, or a knife or gun injury. */
    static boolean seriousHarm(IncidentType type, Severity severity, Weapon weapon) {
        if (severity.compareTo(Severity.SERIOUS) >= 0) {
            return true;
        }
        boolean injury = type == IncidentType.ASSAULT || type == IncidentType.STABBING
                || type == IncidentType.SHOOTING || type == IncidentType.ROBBERY;
        return injury && (weapon == Weapon.KNIFE || weapon == Weapon.BLADED_ARTICLE || weapon == Weapon.FIREARM);
    }

    static double intergroupShare(IncidentType type) {
        return switch (type) {
            case STABBING -> 0.55;
            case SHOOTING -> 0.8;
            case THREAT -> 0.3;
            case ASSAULT, ROBBERY -> 0.2;
            default -> 0;
        };
    }

    /** Share of incidents of the type where no suspect is known. */
    static double unknownSuspectShare(IncidentType type) {
        return switch (type) {
            case ASSAULT -> 0.2;
            case THREAT -> 0.15;
            case ROBBERY -> 0.35;
            case STABBING -> 0.3;
            case SHOOTING -> 0.5;
            default -> 0;
        };
    }

    static Weapon weapon(IncidentType type, SplittableRandom random) {
        return switch (type) {
            case ASSAULT -> pick(random, new Weapon[] {Weapon.NONE, Weapon.OTHER, Weapon.BLADED_ARTICLE, Weapon.KNIFE},
                    80, 14, 3, 3);
            case THREAT -> pick(random, new Weapon[] {Weapon.NONE, Weapon.KNIFE, Weapon.BLADED_ARTICLE, Weapon.OTHER,
                Weapon.FIREARM}, 70, 16, 5, 7, 2);
            case ROBBERY -> pick(random, new Weapon[] {Weapon.NONE, Weapon.KNIFE, Weapon.BLADED_ARTICLE,
                Weapon.OTHER, Weapon.FIREARM}, 55, 30, 5, 9, 1);
            case STABBING -> pick(random, new Weapon[] {Weapon.KNIFE, Weapon.BLADED_ARTICLE}, 85, 15);
            case SHOOTING -> Weapon.FIREARM;
            case WEAPON_POSSESSION -> pick(random, new Weapon[] {Weapon.KNIFE, Weapon.BLADED_ARTICLE, Weapon.OTHER,
                Weapon.FIREARM}, 70, 15, 10, 5);
            case OTHER -> pick(random, new Weapon[] {Weapon.NONE, Weapon.OTHER}, 90, 10);
            default -> Weapon.NONE;
        };
    }

    /** Severity consistent with the type and weapon; {@code escalated} shifts retaliation upwards. */
    static Severity severity(IncidentType type, Weapon weapon, boolean escalated, SplittableRandom random) {
        Severity s = switch (type) {
            case ASSAULT -> sev(random, 35, 45, 18, 2, 0);
            case THREAT -> sev(random, 55, 40, 5, 0, 0);
            case ROBBERY -> sev(random, 20, 55, 22, 3, 0);
            case STABBING -> sev(random, 0, 25, 57, 17.7, 0.3);
            case SHOOTING -> sev(random, 0, 15, 50, 31, 4);
            case WEAPON_POSSESSION -> weapon == Weapon.FIREARM ? Severity.SERIOUS : sev(random, 40, 55, 5, 0, 0);
            case EXPLOITATION -> sev(random, 0, 50, 50, 0, 0);
            case MISSING_EPISODE -> sev(random, 30, 55, 15, 0, 0);
            case SEXUAL_ABUSE -> sev(random, 0, 30, 62, 8, 0);
            default -> sev(random, 60, 40, 0, 0, 0);
        };
        boolean bladed = weapon == Weapon.KNIFE || weapon == Weapon.BLADED_ARTICLE || weapon == Weapon.FIREARM;
        if (bladed && s == Severity.LOW && type != IncidentType.WEAPON_POSSESSION) {
            s = Severity.MODERATE;
        }
        if (escalated && s.compareTo(Severity.LIFE_THREATENING) < 0 && violent(type) && Draw.chance(random, 0.3)) {
            s = Severity.values()[s.ordinal() + 1];
        }
        return s;
    }

    static Agency source(IncidentType type, Severity severity, boolean atSchool, SplittableRandom random) {
        if (atSchool && Draw.chance(random, 0.6)) {
            return Agency.EDUCATION;
        }
        return switch (type) {
            case STABBING -> Draw.chance(random, 0.35) ? Agency.HEALTH : Agency.POLICE;
            case SHOOTING -> Draw.chance(random, 0.15) ? Agency.HEALTH : Agency.POLICE;
            case ASSAULT -> severity.compareTo(Severity.SERIOUS) >= 0 && Draw.chance(random, 0.15) ? Agency.HEALTH
                    : general(random);
            case MISSING_EPISODE -> pick(random, new Agency[] {Agency.POLICE, Agency.SOCIAL_CARE, Agency.PARENT_CARER},
                    55, 25, 20);
            case EXPLOITATION -> pick(random, new Agency[] {Agency.POLICE, Agency.SOCIAL_CARE, Agency.YOUTH_JUSTICE,
                Agency.EDUCATION, Agency.PARENT_CARER}, 40, 25, 15, 10, 10);
            case SEXUAL_ABUSE -> pick(random, new Agency[] {Agency.POLICE, Agency.SOCIAL_CARE, Agency.EDUCATION,
                Agency.HEALTH, Agency.YOUNG_PERSON}, 35, 25, 20, 10, 10);
            default -> general(random);
        };
    }

    private static Agency general(SplittableRandom random) {
        return pick(random, new Agency[] {Agency.POLICE, Agency.PARENT_CARER, Agency.YOUNG_PERSON, Agency.EDUCATION,
            Agency.SOCIAL_CARE, Agency.VOLUNTARY}, 78, 7, 5, 5, 3, 2);
    }

    private static Severity sev(SplittableRandom random, double low, double moderate, double serious,
            double lifeThreatening, double fatal) {
        return pick(random, Severity.values(), low, moderate, serious, lifeThreatening, fatal);
    }

    private static <T> T pick(SplittableRandom random, T[] values, double... weights) {
        return values[Draw.weighted(random, weights)];
    }
}
