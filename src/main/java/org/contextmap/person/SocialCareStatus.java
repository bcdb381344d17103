package org.contextmap.person;

import org.contextmap.base.Labelled;

/** A young person's current social-care status, in the words of the Children Act guidance. */
public enum SocialCareStatus implements Labelled {
    NONE("No social-care involvement"),
    EARLY_HELP("Early help"),
    CHILD_IN_NEED("Child in need"),
    CHILD_PROTECTION("Child protection plan"),
    LOOKED_AFTER("Looked after");

    private final String label;

    SocialCareStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
