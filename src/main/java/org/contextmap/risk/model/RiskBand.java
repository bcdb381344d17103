package org.contextmap.risk.model;

import org.contextmap.base.Labelled;

/** Where a score falls between the documented thresholds of {@link RiskParameters}. */
public enum RiskBand implements Labelled {
    HIGH("High risk of harm"),
    MEDIUM("Medium risk of harm"),
    LOW("Low risk of harm"),
    NONE("No recent harm nearby");

    private final String label;

    RiskBand(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
