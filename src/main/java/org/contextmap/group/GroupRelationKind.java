package org.contextmap.group;

import org.contextmap.base.Labelled;

/** The recorded state between two peer groups. */
public enum GroupRelationKind implements Labelled {
    CONFLICT("In conflict"),
    ALLIANCE("Allied");

    private final String label;

    GroupRelationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
