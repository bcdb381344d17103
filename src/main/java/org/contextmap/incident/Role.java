package org.contextmap.incident;

import org.contextmap.base.Labelled;

/** A young person's part in an incident. A victim is always shown as a victim. */
public enum Role implements Labelled {
    VICTIM("Victim"),
    SUSPECT("Suspect"),
    WITNESS("Witness"),
    PRESENT("Present");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
