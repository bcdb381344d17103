package org.contextmap.incident;

import org.contextmap.base.Labelled;

/** How serious the harm was. SERIOUS or worse is serious harm for the practice alerts. */
public enum Severity implements Labelled {
    LOW("Low"),
    MODERATE("Moderate"),
    SERIOUS("Serious"),
    LIFE_THREATENING("Life-threatening"),
    FATAL("Fatal");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
