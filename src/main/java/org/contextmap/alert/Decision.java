package org.contextmap.alert;

import java.time.OffsetDateTime;

/**
 * What a person decided about an alert, and why. Kept with the alert's history: the alert stays
 * visible with its decision, and the same facts do not raise it again.
 *
 * @param outcome   acknowledged, action taken, or not needed
 * @param reason    why, in the decider's words
 * @param decidedBy who decided
 */
public record Decision(Outcome outcome, String reason, String decidedBy, OffsetDateTime decidedAt) {

    public enum Outcome {
        ACKNOWLEDGED, ACTION_TAKEN, NOT_NEEDED
    }
}
