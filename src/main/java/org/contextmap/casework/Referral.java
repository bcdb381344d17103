package org.contextmap.casework;

import java.time.LocalDate;
import org.contextmap.base.Agency;

/**
 * A safeguarding referral about a child, or a referral to a service that works with them.
 *
 * @param fromAgency          who made it; {@code null} only for a referral to a specialist service
 *                            that named nobody (an alert then asks who made it)
 * @param level               the threshold level the referrer used, in local terms
 * @param outcome             what it led to; {@code null} while pending
 * @param referrerNotifiedOn  when the referrer was told the outcome; the Herefordshire review
 *                            found referrers left not knowing
 * @param referredTo          the service it went to; {@code null}: children's social care
 * @param firstContactOn      when the service first saw the young person
 * @param endedOn             when the service's work with them ended
 * @param serviceStated       whether the bundle had the {@code service}, {@code first_contact_on}
 *                            and {@code ended_on} columns: a bundle without them keeps what is stored
 */
public record Referral(
        String id,
        String personId,
        LocalDate receivedOn,
        Agency fromAgency,
        String level,
        ReferralOutcome outcome,
        LocalDate outcomeOn,
        LocalDate referrerNotifiedOn,
        ReferredTo referredTo,
        LocalDate firstContactOn,
        LocalDate endedOn,
        boolean serviceStated) {

    /** A referral to children's social care, as the bundle first described it. */
    public Referral(String id, String personId, LocalDate receivedOn, Agency fromAgency, String level,
            ReferralOutcome outcome, LocalDate outcomeOn, LocalDate referrerNotifiedOn) {
        this(id, personId, receivedOn, fromAgency, level, outcome, outcomeOn, referrerNotifiedOn, null, null, null,
                false);
    }

    /** The service, children's social care when none was named. */
    public ReferredTo service() {
        return referredTo == null ? ReferredTo.SOCIAL_CARE : referredTo;
    }
}
