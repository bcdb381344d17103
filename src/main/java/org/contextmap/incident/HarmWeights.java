package org.contextmap.incident;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much harm an incident stands for: type × severity × weapon. The defaults count violence
 * against the person — assault, robbery, stabbing, shooting 1, threat 0.5 — and not weapon
 * possession, missing episodes, exploitation, sexual abuse or other incidents, which call for a
 * response of their own but are not the violence that retaliation and hotspots are about;
 * severity low 0.25, moderate 0.5, serious 1, life-threatening 2, fatal 3 (an ungraded incident
 * counts as moderate); weapon none 1, knife or bladed article 1.5, firearm 2, other 1.2.
 *
 * @param types      the types that count, with their weight; a type absent counts for nothing
 * @param severities a weight for every severity
 * @param weapons    a multiplier for every weapon
 */
public record HarmWeights(Map<IncidentType, Double> types, Map<Severity, Double> severities,
        Map<Weapon, Double> weapons) {

    public static final HarmWeights DEFAULTS = of(null, null, null);

    /** The given weights, each missing one taken from the defaults. */
    public static HarmWeights of(Map<IncidentType, Double> types, Map<Severity, Double> severities,
            Map<Weapon, Double> weapons) {
        return new HarmWeights(types == null || types.isEmpty() ? defaultTypes() : new EnumMap<>(types),
                filled(severities, Severity.class, new double[] {0.25, 0.5, 1, 2, 3}),
                filled(weapons, Weapon.class, new double[] {1, 1.5, 1.5, 2, 1.2}));
    }

    /** The harm of an incident: type × severity × weapon weight, 0 when its type does not count. */
    public double harm(IncidentType type, Severity severity, Weapon weapon) {
        Double typeWeight = type == null ? null : types.get(type);
        if (typeWeight == null || typeWeight <= 0) {
            return 0;
        }
        return typeWeight * severities.get(severity == null ? Severity.MODERATE : severity)
                * weapons.get(weapon == null ? Weapon.NONE : weapon);
    }

    private static Map<IncidentType, Double> defaultTypes() {
        Map<IncidentType, Double> types = new EnumMap<>(IncidentType.class);
        types.put(IncidentType.ASSAULT, 1.0);
        types.put(IncidentType.ROBBERY, 1.0);
        types.put(IncidentType.STABBING, 1.0);
        types.put(IncidentType.SHOOTING, 1.0);
        types.put(IncidentType.THREAT, 0.5);
        return types;
    }

    private static <E extends Enum<E>> Map<E, Double> filled(Map<E, Double> given, Class<E> type, double[] defaults) {
        Map<E, Double> weights = new EnumMap<>(type);
        E[] values = type.getEnumConstants();
        for (int i = 0; i < values.length; i++) {
            Double value = given == null ? null : given.get(values[i]);
            weights.put(values[i], value == null ? defaults[i] : value);
        }
        return weights;
    }
}
