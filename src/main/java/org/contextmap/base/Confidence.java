package org.contextmap.base;

/** How far a fact has been verified; shown next to every fact so nobody reads a rumour as a finding. */
public enum Confidence implements Labelled {
    CONFIRMED("Confirmed"),
    PROBABLE("Probable"),
    POSSIBLE("Possible"),
    UNVERIFIED("Unverified");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
