package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.alert.Cases.alerts;
import static org.contextmap.alert.Cases.assault;
import static org.contextmap.alert.Cases.child;
import static org.contextmap.alert.Cases.victim;

import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferredTo;
import org.contextmap.incident.Severity;
import org.junit.jupiter.api.Test;

/**
 * SPECIALIST_REFERRAL_DRIFT and RELATIONAL_SUPPORT_ENDED on small case books: a referral to
 * sexual-violence advocacy with no contact in four weeks or with no referrer named; youth work that
 * ended after six weeks while the child was still at high risk.
 */
class ServiceRulesTest {

    private static final LocalDate REFERRED = LocalDate.of(2026, 9, 1);

    private static Referral to(ReferredTo service, Agency from, LocalDate contact, LocalDate ended) {
        return new Referral("R1", "A", REFERRED, from, null, null, null, null, service, contact, ended, true);
    }

    private static CaseBook book(Referral referral) {
        return new CaseBook().person(child("A", "Amira")).referral(referral);
    }

    @Test
    void aSpecialistReferralWithNoContactInFourWeeks() {
        CaseBook waiting = book(to(ReferredTo.SEXUAL_VIOLENCE_ADVOCACY, Agency.EDUCATION, null, null));
        assertThat(alerts(waiting, REFERRED.plusWeeks(4), AlertCode.SPECIALIST_REFERRAL_DRIFT)).isEmpty();
        assertThat(alerts(waiting, REFERRED.plusWeeks(4).plusDays(1), AlertCode.SPECIALIST_REFERRAL_DRIFT))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.raisedOn()).isEqualTo(REFERRED.plusWeeks(4).plusDays(1));
                    assertThat(alert.reason()).isEqualTo("A referral of Amira to sexual-violence advocacy, received "
                            + "on 1 September 2026, has had no direct contact with Amira in the 4 weeks since (by 29 "
                            + "September 2026).");
                });
        CaseBook seenLate = book(to(ReferredTo.EXPLOITATION_SUPPORT, Agency.POLICE, REFERRED.plusWeeks(8), null));
        assertThat(alerts(seenLate, REFERRED.plusWeeks(10), AlertCode.SPECIALIST_REFERRAL_DRIFT)).singleElement()
                .satisfies(alert -> assertThat(alert.reason()).contains("first saw Amira on 27 October 2026"));
        CaseBook seen = book(to(ReferredTo.EXPLOITATION_SUPPORT, Agency.POLICE, REFERRED.plusWeeks(2), null));
        assertThat(alerts(seen, REFERRED.plusWeeks(10), AlertCode.SPECIALIST_REFERRAL_DRIFT)).isEmpty();
        CaseBook socialCare = book(to(null, Agency.POLICE, null, null));
        assertThat(alerts(socialCare, REFERRED.plusWeeks(10), AlertCode.SPECIALIST_REFERRAL_DRIFT))
                .as("not a specialist service").isEmpty();
    }

    @Test
    void aSpecialistReferralThatNamesNobody() {
        CaseBook nobody = book(to(ReferredTo.SEXUAL_VIOLENCE_ADVOCACY, null, REFERRED.plusDays(3), null));
        assertThat(alerts(nobody, REFERRED, AlertCode.SPECIALIST_REFERRAL_DRIFT)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.raisedOn()).isEqualTo(REFERRED);
                    assertThat(alert.reason()).contains("names no agency as making it");
                });
    }

    @Test
    void youthWorkEndedAfterSixWeeksWhileTheRiskWasHigh() {
        LocalDate began = REFERRED.plusDays(7);
        LocalDate ended = began.plusWeeks(6);
        CaseBook harmed = book(to(ReferredTo.YOUTH_WORK, Agency.YOUTH_JUSTICE, began, ended))
                .incident(assault("I1", ended.minusDays(20), Severity.SERIOUS), victim("A"));
        assertThat(alerts(harmed, ended.plusDays(1), AlertCode.RELATIONAL_SUPPORT_ENDED)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.raisedOn()).isEqualTo(ended);
                    assertThat(alert.reason()).isEqualTo("Youth work with Amira began on 8 September 2026 and ended "
                            + "on 20 October 2026, after 6 weeks, while Amira was still at high risk of serious "
                            + "violence (involved in assault on 30 September 2026).");
                    assertThat(alert.facts()).extracting(Fact::id).containsExactly("R1", "I1");
                });
    }

    @Test
    void notWhenItLastedTwelveWeeksNorWhenTheRiskWasLow() {
        LocalDate began = REFERRED.plusDays(7);
        CaseBook longer = book(to(ReferredTo.MENTORING, Agency.VOLUNTARY, began, began.plusWeeks(12)))
                .incident(assault("I1", began.plusWeeks(10), Severity.SERIOUS), victim("A"));
        assertThat(alerts(longer, began.plusWeeks(13), AlertCode.RELATIONAL_SUPPORT_ENDED)).isEmpty();
        CaseBook calm = book(to(ReferredTo.MENTORING, Agency.VOLUNTARY, began, began.plusWeeks(6)))
                .incident(assault("I1", began.plusWeeks(5), Severity.LOW), victim("A"));
        assertThat(alerts(calm, began.plusWeeks(7), AlertCode.RELATIONAL_SUPPORT_ENDED)).isEmpty();
        CaseBook notRelational = book(to(ReferredTo.EARLY_HELP, Agency.VOLUNTARY, began, began.plusWeeks(6)))
                .incident(assault("I1", began.plusWeeks(5), Severity.SERIOUS), victim("A"));
        assertThat(alerts(notRelational, began.plusWeeks(7), AlertCode.RELATIONAL_SUPPORT_ENDED)).isEmpty();
    }
}
