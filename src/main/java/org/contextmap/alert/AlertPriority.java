package org.contextmap.alert;

import org.contextmap.base.Labelled;

/**
 * How soon an alert asks for a response, from what it is about (the table in
 * docs/practice-rules.md): serious harm with no strategy discussion and an injury seen by health
 * with no referral are urgent; heightened and cumulative risk are high; gaps in how agencies work
 * together are routine. A team works through the urgent ones first.
 */
public enum AlertPriority implements Labelled {
    URGENT("Urgent: respond today"),
    HIGH("High: respond this week"),
    ROUTINE("Routine: at the next review");

    private final String label;

    AlertPriority(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
