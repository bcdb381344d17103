package org.contextmap.rights;

import org.contextmap.base.Labelled;

/**
 * What was said about a fact: that someone disputes it (the fact stays as recorded, with the
 * dispute beside it), or that the partnership has corrected it (the original stays too).
 */
public enum RectificationStatus implements Labelled {
    DISPUTED("Disputed"),
    CORRECTED("Corrected");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
