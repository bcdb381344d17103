package org.contextmap.casework;

import org.contextmap.base.Labelled;

/** School events that the reviews found to be warning signs. */
public enum EducationEventKind implements Labelled {
    SUSPENSION("Suspension"),
    PERMANENT_EXCLUSION("Permanent exclusion"),
    MANAGED_MOVE("Managed move"),
    PERSISTENT_ABSENCE("Persistent absence"),
    SEVERE_ABSENCE("Severe absence"),
    MISSING_EDUCATION("Missing education");

    private final String label;

    EducationEventKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
