package org.contextmap.incident;

import org.contextmap.base.Labelled;

/** The weapon involved, if any. */
public enum Weapon implements Labelled {
    NONE("No weapon"),
    KNIFE("Knife"),
    BLADED_ARTICLE("Bladed article"),
    FIREARM("Firearm"),
    OTHER("Other weapon");

    private final String label;

    Weapon(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
