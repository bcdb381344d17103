package org.contextmap.casework;

import java.time.LocalDate;
import org.contextmap.base.Agency;

/**
 * A safeguarding referral about a child.
 *
 * @param level               the threshold level the referrer used, in local terms
 * @param outcome             what it led to; {@code null} while pending
 * @param referrerNotifiedOn  when the referrer was told the outcome; the Herefordshire review
 *                            found referrers left not knowing
 */
public record Referral(
        String id,
        String personId,
        LocalDate receivedOn,
        Agency fromAgency,
        String level,
        ReferralOutcome outcome,
        LocalDate outcomeOn,
        LocalDate referrerNotifiedOn) {
}
