package org.contextmap.demo;

import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.place.LocationType;

/**
 * Short summaries in plain words, as a practitioner would write them: "Young person assaulted
 * near Ashbury bus station by two others". They say what happened to whom and where, name no one,
 * and call a victim a victim.
 */
final class IncidentSummaries {

    private static final String[] NUMBERS = {"", "another young person", "two others", "a group of three",
        "a group of four", "a group of five"};

    private IncidentSummaries() {
    }

    static String where(String name, LocationType type, boolean central) {
        return switch (type) {
            case SCHOOL -> "at " + name;
            case HOME_AREA -> "in the " + name + " area";
            case STREET -> "on " + name;
            case TRANSPORT_HUB -> central ? "at " + name : "near " + name;
            default -> "near " + name;
        };
    }

    static String describe(IncidentType type, Severity severity, Weapon weapon, Agency source, String where,
            int suspects, boolean linked, SplittableRandom random) {
        String by = suspects <= 0 ? "" : " by " + NUMBERS[Math.min(suspects, NUMBERS.length - 1)];
        boolean serious = severity.compareTo(Severity.SERIOUS) >= 0;
        boolean blade = weapon == Weapon.KNIFE || weapon == Weapon.BLADED_ARTICLE;
        String text = switch (type) {
            case ASSAULT -> blade ? "Young person cut with a blade " + where + by
                    : weapon == Weapon.OTHER ? "Young person hit with an object " + where + by
                    : serious ? "Young person seriously assaulted " + where + by + "; taken to hospital"
                    : severity == Severity.LOW ? "Young person pushed and punched " + where + by
                    : "Young person assaulted " + where + by;
            case STABBING -> severity == Severity.FATAL ? "Young person died after being stabbed " + where
                    : severity == Severity.LIFE_THREATENING
                            ? "Young person stabbed " + where + by + "; life-threatening injuries"
                            : "Young person stabbed " + where + by;
            case SHOOTING -> severity == Severity.FATAL ? "Young person fatally shot " + where
                    : severity == Severity.MODERATE ? "Shots fired at young people " + where + "; one grazed"
                    : "Young person shot " + where + "; taken to hospital";
            case ROBBERY -> blade ? "Phone and bike taken from young person at knifepoint " + where + by
                    : weapon == Weapon.FIREARM ? "Young person robbed by someone showing a gun " + where
                    : pick(random, "Phone taken from young person ", "Phone and cash taken from young person ",
                            "Jacket and phone taken from young person ") + where + by;
            case THREAT -> blade ? "Young person threatened with a knife " + where + by
                    : weapon == Weapon.FIREARM ? "Young person threatened with what looked like a gun " + where
                    : random.nextInt(3) == 0 ? "Threats made online, then in person " + where + by
                    : "Young person threatened " + where + by;
            case WEAPON_POSSESSION -> switch (weapon) {
                case KNIFE -> "Young person found carrying a knife " + where;
                case BLADED_ARTICLE -> "Bladed article found on young person " + where;
                case FIREARM -> "Young person found with a firearm " + where;
                default -> "Young person found carrying a weapon " + where;
            };
            case EXPLOITATION -> pick(random,
                    "Concerns young person is being used to carry drugs; found " + where + " with cash and two phones",
                    "Young person seen being collected by older peers " + where + "; concerns of exploitation",
                    "Young person found far from home with older peers; suspected county lines");
            case MISSING_EPISODE -> pick(random, "Young person reported missing overnight; found next day " + where,
                    "Young person missing for three days; returned home",
                    "Young person missing from home after school; found late evening " + where);
            case SEXUAL_ABUSE -> suspects > 0
                    ? pick(random, "Young person disclosed being sexually assaulted by a peer",
                            "Sexual images of young person shared without consent by a peer")
                    : "Young person disclosed sexual abuse; the person responsible is not known";
            default -> pick(random, "Disorder " + where + " involving a group of young people",
                    "Antisocial behaviour " + where, "Fight arranged online; young people gathered " + where);
        };
        if (source == Agency.HEALTH && (type == IncidentType.STABBING || type == IncidentType.SHOOTING
                || type == IncidentType.ASSAULT) && severity != Severity.FATAL) {
            text += "; seen at the emergency department";
        }
        if (linked) {
            text += "; believed linked to an earlier incident";
        }
        return text;
    }

    private static String pick(SplittableRandom random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
