package org.contextmap.rights;

import org.contextmap.base.Labelled;

/**
 * What was said about a fact: that someone disputes it (the fact stays as recorded, with the
 * dispute beside it), that the partnership has corrected it (the original stays too), or that the
 * agency or person who recorded a tie, an association or a part in an incident withdraws it: it
 * should not have been recorded, or no longer stands. A withdrawn fact is kept too, struck
 * through on the record, so that what was once believed, and why it was given up, can be read.
 */
public enum RectificationStatus implements Labelled {
    DISPUTED("Disputed"),
    CORRECTED("Corrected"),
    WITHDRAWN("Withdrawn");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
