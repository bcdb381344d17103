package org.contextmap.rights;

import org.contextmap.base.Labelled;

/** The kinds of fact on a young person's record that can be disputed or corrected. */
public enum FactKind implements Labelled {
    RELATIONSHIP("A relationship with another young person"),
    ASSOCIATION("An association with a peer group"),
    INVOLVEMENT("A part in an incident"),
    PROFILE("The young person's own details");

    private final String label;

    FactKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
