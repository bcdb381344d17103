package org.contextmap.base;

/**
 * The agencies that record facts and make referrals (docs/domain-model.md). Parents, carers and young
 * people are agencies in their own right: what they say is recorded with the same standing as
 * police intelligence, which is one of the lessons of the practice reviews.
 */
public enum Agency implements Labelled {
    POLICE("Police"),
    SOCIAL_CARE("Children's social care"),
    EDUCATION("Education"),
    HEALTH("Health"),
    YOUTH_JUSTICE("Youth justice"),
    VOLUNTARY("Voluntary sector"),
    HOUSING("Housing"),
    PROBATION("Probation"),
    PARENT_CARER("Parent or carer"),
    YOUNG_PERSON("The young person");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
