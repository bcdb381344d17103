package org.contextmap.incident;

import org.contextmap.base.Labelled;

/** What happened. */
public enum IncidentType implements Labelled {
    ASSAULT("Assault"),
    STABBING("Stabbing"),
    SHOOTING("Shooting"),
    ROBBERY("Robbery"),
    THREAT("Threat"),
    SEXUAL_ABUSE("Sexual abuse"),
    WEAPON_POSSESSION("Weapon possession"),
    EXPLOITATION("Exploitation"),
    MISSING_EPISODE("Missing episode"),
    OTHER("Other incident");

    private final String label;

    IncidentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
