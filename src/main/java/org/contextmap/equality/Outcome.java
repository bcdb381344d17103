package org.contextmap.equality;

import org.contextmap.base.Labelled;

/** What the report counts for each group: people with at least one of these on the day. */
enum Outcome implements Labelled {
    /** At least one practice alert open (raised and not decided) on the day. */
    OPEN_ALERT("Open practice alert", "to have an open practice alert"),
    /** In the high band of retaliation risk (the top band: at least 4 times the city's average probability). */
    HIGH_RISK("High risk band", "to be in the high band of retaliation risk"),
    /** At least one association with a peer group that counts on the day (recorded, re-confirmed within the period). */
    PEER_GROUP_ASSOCIATION("Association with a peer group", "to have a recorded association with a peer group"),
    /** At least one referral received, or one meeting held about them, by the day. */
    RECORDED_INTERVENTION("Referral or meeting", "to have a referral or a meeting about them recorded");

    private final String label;
    private final String phrase;

    Outcome(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    @Override
    public String label() {
        return label;
    }

    /** The outcome in a sentence: "… as likely as others {@code to have an open practice alert}". */
    String phrase() {
        return phrase;
    }
}
