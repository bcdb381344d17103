package org.contextmap.base;

/**
 * What a signed-in person may do and see. One role per agency, because each agency holds its own
 * facts under its own duties, plus three roles that see across agencies for one purpose only:
 * {@code ANALYST} (the network and analytics, pseudonymised), {@code AUDITOR} (the audit trail and
 * nothing of the records) and {@code ADMIN} (users, whole bundles, and every role). The table of
 * who sees what is docs/access.md.
 */
public enum Role implements Labelled {
    POLICE("Police", Agency.POLICE),
    SOCIAL_CARE("Children's social care", Agency.SOCIAL_CARE),
    EDUCATION("Education", Agency.EDUCATION),
    HEALTH("Health", Agency.HEALTH),
    YOUTH_JUSTICE("Youth justice", Agency.YOUTH_JUSTICE),
    VOLUNTARY("Voluntary sector", Agency.VOLUNTARY),
    HOUSING("Housing", Agency.HOUSING),
    ANALYST("Analyst", null),
    AUDITOR("Auditor", null),
    ADMIN("Administrator", null);

    private final String label;
    private final Agency agency;

    Role(String label, Agency agency) {
        this.label = label;
        this.agency = agency;
    }

    @Override
    public String label() {
        return label;
    }

    /** The agency a person in this role works for; {@code null} for the cross-agency roles. */
    public Agency agency() {
        return agency;
    }

    /** The Spring Security authority, {@code ROLE_POLICE}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
