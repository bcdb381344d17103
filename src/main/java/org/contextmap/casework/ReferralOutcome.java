package org.contextmap.casework;

import org.contextmap.base.Labelled;

/** What a referral led to; no outcome means it is still pending. */
public enum ReferralOutcome implements Labelled {
    NFA("No further action"),
    EARLY_HELP("Early help"),
    ASSESSMENT("Assessment"),
    STRATEGY_DISCUSSION("Strategy discussion");

    private final String label;

    ReferralOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
