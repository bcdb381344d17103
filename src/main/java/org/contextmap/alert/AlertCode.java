package org.contextmap.alert;

import org.contextmap.base.Labelled;

/** The practice alerts of docs/practice-rules.md, each with the review it comes from and what to consider doing. */
public enum AlertCode implements Labelled {
    STRATEGY_DISCUSSION_DUE(AlertPriority.URGENT, "Strategy discussion due",
            "Bristol Rapid Review No.7; Herefordshire CSPR learning point 5",
            "Convene a strategy discussion: police, children's social care and health must attend."),
    CUMULATIVE_HARM(AlertPriority.HIGH, "Cumulative harm",
            "Bristol Rapid Review No.7 (two assaults in ten months)",
            "Look at the incidents together, not one by one: consider a strategy discussion and a safety plan."),
    BOTH_CHILDREN_NEED_RESPONSE(AlertPriority.HIGH, "Both children need a response",
            "Herefordshire CSPR learning points 3 and 5",
            "Make sure each child has an assessment or strategy discussion of their own, including the child "
                    + "alleged to have caused harm."),
    REFERRALS_NOT_JOINED_UP(AlertPriority.ROUTINE, "Referrals not joined up",
            "Herefordshire CSPR learning point 1; KBSP brief",
            "Bring the referring agencies together and tell each referrer the outcome."),
    REPEAT_REFERRALS(AlertPriority.ROUTINE, "Repeat referrals",
            "Young Person F review (eight referrals); KBSP brief (consistency of thresholds)",
            "Ask a manager to look again at the threshold decisions, taking the referrals together."),
    NO_LEAD_PROFESSIONAL(AlertPriority.HIGH, "No lead professional",
            "Bristol Rapid Review No.7; cross-border CSPR",
            "Agree who leads for this child and record them as lead professional."),
    EDUCATION_EXCLUSION_RISK(AlertPriority.ROUTINE, "Education exclusion risk",
            "Young Person F review; KBSP brief; cross-border CSPR",
            "Share with the school's designated safeguarding lead and consider the risk outside school, "
                    + "for the child and their brothers and sisters."),
    FAMILY_HISTORY_NOT_SHARED(AlertPriority.ROUTINE, "Family history not shared",
            "Herefordshire CSPR learning point 2",
            "Link the children to one family so that family history shows on every child's record."),
    RETALIATION_WINDOW(AlertPriority.HIGH, "Retaliation window",
            "Bristol Rapid Review No.7; KBSP brief (response to retaliation risk)",
            "Plan for safety now: the young people around this incident are in a period of heightened risk."),
    STEP_DOWN_WITH_EXPLOITATION_FLAG(AlertPriority.HIGH, "Stepped down while flagged for exploitation",
            "KBSP brief, immediate recommendations",
            "Review the step-down decision with the exploitation flag in view."),
    EMERGENCY_KNIFE_PRESENTATION(AlertPriority.URGENT, "Knife injury without a referral",
            "KBSP brief (emergency department response to injuries)",
            "Make a safeguarding referral for the knife injury seen by health."),
    INTERVENTION_WITHOUT_REVIEW(AlertPriority.ROUTINE, "Many agencies, no review",
            "Bristol Rapid Review No.7 (\"being too much\")",
            "Hold a multi-agency review so that the agencies' work fits together around the child."),
    LEVEL4_NFA_ESCALATION(AlertPriority.HIGH, "Highest-level referral closed without action",
            "Herefordshire CSPR learning point 4",
            "Ask the referrer to talk the decision through with their own safeguarding lead and, if they still "
                    + "disagree, to use the escalation (professional differences) policy."),
    POLICE_ABSENT_FROM_PLANNING(AlertPriority.HIGH, "Police absent from planning",
            "KBSP rapid review",
            "Invite the police to the next meeting about this child and share the plan with them: they hold what "
                    + "is known of the threat of serious violence."),
    PLAN_NOT_REVIEWED(AlertPriority.HIGH, "Safety plan not moved forward",
            "Herefordshire CSPR; Young Person F review (plans not moved forward, nobody accountable)",
            "Review the plan with the agencies that own its actions: agree who does what by when, and record the "
                    + "review as a new version."),
    SPECIALIST_REFERRAL_DRIFT(AlertPriority.HIGH, "Specialist referral drifting",
            "Herefordshire CSPR (two- and six-month delays for specialist support)",
            "Ask the specialist service when it will see the young person, and make sure the referral names the "
                    + "agency that made it so that someone follows it up."),
    RELATIONAL_SUPPORT_ENDED(AlertPriority.HIGH, "Relational support ended too soon",
            "Cross-border thematic review (long-term relational support ended after twelve weeks)",
            "Keep the youth worker or mentor involved, or hand over to another trusted adult the young person "
                    + "knows: the risk has not gone down."),
    CRITICAL_MOMENT(AlertPriority.HIGH, "Critical moment without a plan review",
            "Young Person F review (robust intervention at critical moments)",
            "Review the safety plan now: an exclusion, an arrest or an injury changes the risk, and the plan "
                    + "should say what is done about it.");

    private final AlertPriority priority;
    private final String label;
    private final String learning;
    private final String suggestedAction;

    AlertCode(AlertPriority priority, String label, String learning, String suggestedAction) {
        this.priority = priority;
        this.label = label;
        this.learning = learning;
        this.suggestedAction = suggestedAction;
    }

    @Override
    public String label() {
        return label;
    }

    /** How soon the alert asks for a response (docs/practice-rules.md). */
    public AlertPriority priority() {
        return priority;
    }

    /** The published review the rule comes from. */
    public String learning() {
        return learning;
    }

    public String suggestedAction() {
        return suggestedAction;
    }
}
