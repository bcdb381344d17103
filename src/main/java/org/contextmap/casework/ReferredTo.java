package org.contextmap.casework;

import org.contextmap.base.Labelled;

/**
 * Where a referral goes: children's social care (what a referral meant before the bundle said,
 * and still the default), or a service working with the young person directly. The reviews found
 * referrals to specialist services left for months with no contact, and relational support —
 * youth work, mentoring — ended after a few weeks while the risk was still high.
 */
public enum ReferredTo implements Labelled {
    SOCIAL_CARE("Children's social care"),
    EARLY_HELP("Early help"),
    SEXUAL_VIOLENCE_ADVOCACY("Sexual-violence advocacy"),
    EXPLOITATION_SUPPORT("Exploitation support"),
    YOUTH_WORK("Youth work"),
    MENTORING("Mentoring"),
    OTHER_SERVICE("Another service");

    private final String label;

    ReferredTo(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A specialist service the young person should be seeing within weeks: advocacy, exploitation support. */
    public boolean specialist() {
        return this == SEXUAL_VIOLENCE_ADVOCACY || this == EXPLOITATION_SUPPORT;
    }

    /** Support that works through a relationship with a trusted adult: youth work, mentoring. */
    public boolean relational() {
        return this == YOUTH_WORK || this == MENTORING;
    }
}
