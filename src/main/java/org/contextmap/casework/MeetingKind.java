package org.contextmap.casework;

import org.contextmap.base.Labelled;

/** Multi-agency meetings about a person, a group or a place. */
public enum MeetingKind implements Labelled {
    STRATEGY_DISCUSSION("Strategy discussion"),
    CHILD_PROTECTION_CONFERENCE("Child protection conference"),
    SAFETY_PLANNING("Safety planning meeting"),
    VIOLENCE_REDUCTION("Violence reduction meeting"),
    CONTEXT_CONFERENCE("Context conference"),
    MULTI_AGENCY_REVIEW("Multi-agency review");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
