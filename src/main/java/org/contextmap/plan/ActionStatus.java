package org.contextmap.plan;

import org.contextmap.base.Labelled;

/** Where an action stands. Done and cancelled actions are closed: the tracker leaves them out. */
public enum ActionStatus implements Labelled {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    CANCELLED("Cancelled");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
