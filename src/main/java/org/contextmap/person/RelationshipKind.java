package org.contextmap.person;

import org.contextmap.base.Labelled;

/** How two young people know each other. Knowing someone is association, never proof of shared conduct. */
public enum RelationshipKind implements Labelled {
    FRIEND("Friend"),
    SIBLING("Sibling"),
    FAMILY("Family"),
    PARTNER("Partner"),
    CO_OFFENDER("Co-offender"),
    ASSOCIATE("Associate");

    private final String label;

    RelationshipKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
