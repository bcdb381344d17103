package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.alert.Cases.alerts;
import static org.contextmap.alert.Cases.assault;
import static org.contextmap.alert.Cases.child;
import static org.contextmap.alert.Cases.education;
import static org.contextmap.alert.Cases.incident;
import static org.contextmap.alert.Cases.meeting;
import static org.contextmap.alert.Cases.referral;
import static org.contextmap.alert.Cases.victim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.casework.MeetingKind;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.SocialCareStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule of docs/practice-rules.md on cases written from the reviews' stories: a case that raises it, the
 * closest case that must not, and a day before the trigger.
 */
class PracticeRulesTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

    @Nested
    class StrategyDiscussionDue {

        // a 15-year-old seriously assaulted on a Friday: due by Wednesday (three working days)
        private CaseBook book() {
            return new CaseBook().person(child("A", "Amira")).incident(assault("I1", FRIDAY, Severity.SERIOUS),
                    victim("A"));
        }

        @Test
        void raisedWhenNoStrategyDiscussionFollowsSeriousHarm() {
            List<Alert> raised = alerts(book(), LocalDate.of(2026, 3, 12), AlertCode.STRATEGY_DISCUSSION_DUE);

            assertThat(raised).hasSize(1);
            assertThat(raised.getFirst().reason()).contains("Amira", "2026-03-06", "by 2026-03-11");
            assertThat(raised.getFirst().facts()).extracting(Fact::id).containsExactly("I1");
            assertThat(raised.getFirst().learning()).contains("Bristol Rapid Review No.7");
            assertThat(raised.getFirst().suggestedAction()).contains("police, children's social care and health");
        }

        @Test
        void notRaisedWhenTheDiscussionIsHeldTheNextDay() {
            CaseBook book = book().meeting(meeting("M1", MeetingKind.STRATEGY_DISCUSSION, FRIDAY.plusDays(3), "A"));

            assertThat(alerts(book, LocalDate.of(2026, 3, 20), AlertCode.STRATEGY_DISCUSSION_DUE)).isEmpty();
        }

        @Test
        void notYetWhileTheWorkingDaysRunOrBeforeTheHarm() {
            assertThat(alerts(book(), LocalDate.of(2026, 3, 11), AlertCode.STRATEGY_DISCUSSION_DUE)).isEmpty();
            assertThat(alerts(book(), LocalDate.of(2026, 3, 1), AlertCode.STRATEGY_DISCUSSION_DUE)).isEmpty();
        }

        @Test
        void aMissedDiscussionStaysOpenForTwelveMonthsAndAReviewOfThatTimeStillSeesIt() {
            assertThat(alerts(book(), LocalDate.of(2027, 3, 1), AlertCode.STRATEGY_DISCUSSION_DUE)).hasSize(1);
            assertThat(alerts(book(), LocalDate.of(2027, 3, 7), AlertCode.STRATEGY_DISCUSSION_DUE)).isEmpty();
        }

        @Test
        void aKnifeInjuryIsSeriousWhateverItsGrading() {
            CaseBook book = new CaseBook().person(child("A", "Amira")).incident(incident("I1", FRIDAY,
                    IncidentType.ASSAULT, Severity.MODERATE, Weapon.KNIFE, Agency.POLICE), victim("A"));

            assertThat(alerts(book, LocalDate.of(2026, 3, 12), AlertCode.STRATEGY_DISCUSSION_DUE)).hasSize(1);
            CaseBook minor = new CaseBook().person(child("A", "Amira"))
                    .incident(assault("I1", FRIDAY, Severity.MODERATE), victim("A"));
            assertThat(alerts(minor, LocalDate.of(2026, 3, 12), AlertCode.STRATEGY_DISCUSSION_DUE)).isEmpty();
        }
    }

    @Nested
    class CumulativeHarm {

        // two assaults ten months apart (Bristol Rapid Review No.7)
        private CaseBook book(LocalDate second) {
            return new CaseBook().person(child("A", "Amira"))
                    .incident(assault("I1", LocalDate.of(2025, 5, 1), Severity.SERIOUS), victim("A"))
                    .incident(assault("I2", second, Severity.SERIOUS), victim("A"));
        }

        @Test
        void twoSeriousAssaultsInTenMonths() {
            List<Alert> raised = alerts(book(LocalDate.of(2026, 3, 1)), LocalDate.of(2026, 3, 2),
                    AlertCode.CUMULATIVE_HARM);

            assertThat(raised).hasSize(1);
            assertThat(raised.getFirst().facts()).extracting(Fact::id).containsExactly("I1", "I2");
            assertThat(raised.getFirst().reason()).contains("2 times in 12 months");
        }

        @Test
        void notWhenThirteenMonthsApartOrBeforeTheSecond() {
            assertThat(alerts(book(LocalDate.of(2026, 6, 2)), LocalDate.of(2026, 6, 3), AlertCode.CUMULATIVE_HARM))
                    .isEmpty();
            assertThat(alerts(book(LocalDate.of(2026, 3, 1)), LocalDate.of(2026, 2, 28), AlertCode.CUMULATIVE_HARM))
                    .isEmpty();
        }
    }

    @Nested
    class BothChildrenNeedResponse {

        // one pupil disclosed abuse by another; only the first was assessed (Herefordshire CSPR)
        private CaseBook book() {
            return new CaseBook().person(child("V", "Vicky")).person(child("S", "Sol"))
                    .incident(incident("I1", FRIDAY, IncidentType.SEXUAL_ABUSE, Severity.SERIOUS, Weapon.NONE,
                            Agency.EDUCATION), Map.of("V", Role.VICTIM, "S", Role.SUSPECT))
                    .referral(referral("R1", "V", FRIDAY.plusDays(3), Agency.EDUCATION, ReferralOutcome.ASSESSMENT,
                            FRIDAY.plusDays(4), FRIDAY.plusDays(4)));
        }

        @Test
        void theChildAllegedToHaveCausedHarmNeedsAResponseToo() {
            List<Alert> raised = alerts(book(), LocalDate.of(2026, 3, 20), AlertCode.BOTH_CHILDREN_NEED_RESPONSE);

            assertThat(raised).extracting(Alert::personId).containsExactly("S");
            assertThat(raised.getFirst().reason()).contains("Sol is alleged to have harmed", "Vicky",
                    "need a response too");
        }

        @Test
        void aMinorScuffleIsNotAbuseThatCallsForTwoResponses() {
            CaseBook book = new CaseBook().person(child("V", "Vicky")).person(child("S", "Sol"))
                    .incident(incident("I1", FRIDAY, IncidentType.ASSAULT, Severity.LOW, Weapon.NONE,
                            Agency.EDUCATION), Map.of("V", Role.VICTIM, "S", Role.SUSPECT));

            assertThat(alerts(book, LocalDate.of(2026, 3, 20), AlertCode.BOTH_CHILDREN_NEED_RESPONSE)).isEmpty();
        }

        @Test
        void notWhenEachHasTheirOwnResponseOrBeforeTheDue() {
            CaseBook book = book().meeting(meeting("M1", MeetingKind.STRATEGY_DISCUSSION, FRIDAY.plusDays(4), "S"));

            assertThat(alerts(book, LocalDate.of(2026, 3, 20), AlertCode.BOTH_CHILDREN_NEED_RESPONSE)).isEmpty();
            assertThat(alerts(book(), LocalDate.of(2026, 3, 10), AlertCode.BOTH_CHILDREN_NEED_RESPONSE)).isEmpty();
        }
    }

    @Nested
    class ReferralsNotJoinedUp {

        private CaseBook book(Agency second) {
            return new CaseBook().person(child("A", "Amira"))
                    .referral(referral("R1", "A", LocalDate.of(2026, 1, 5), Agency.POLICE, ReferralOutcome.ASSESSMENT,
                            LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7)))
                    .referral(referral("R2", "A", LocalDate.of(2026, 2, 2), second, ReferralOutcome.ASSESSMENT,
                            LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4)));
        }

        @Test
        void twoAgenciesWithinNinetyDays() {
            List<Alert> raised = alerts(book(Agency.HEALTH), LocalDate.of(2026, 2, 10),
                    AlertCode.REFERRALS_NOT_JOINED_UP);

            assertThat(raised).hasSize(1);
            assertThat(raised.getFirst().facts()).extracting(Fact::id).containsExactly("R1", "R2");
        }

        @Test
        void notForTwoReferralsFromTheSameAgencyOrBeforeTheSecond() {
            assertThat(alerts(book(Agency.POLICE), LocalDate.of(2026, 2, 10), AlertCode.REFERRALS_NOT_JOINED_UP))
                    .isEmpty();
            assertThat(alerts(book(Agency.HEALTH), LocalDate.of(2026, 2, 1), AlertCode.REFERRALS_NOT_JOINED_UP))
                    .isEmpty();
        }

        @Test
        void anOutcomeThatNeverReachedTheReferrer() {
            CaseBook book = new CaseBook().person(child("A", "Amira")).referral(referral("R1", "A",
                    LocalDate.of(2026, 2, 2), Agency.EDUCATION, ReferralOutcome.NFA, LocalDate.of(2026, 2, 3), null));

            List<Alert> raised = alerts(book, LocalDate.of(2026, 2, 9), AlertCode.REFERRALS_NOT_JOINED_UP);
            assertThat(raised).hasSize(1);
            assertThat(raised.getFirst().reason()).contains("did not reach Education");
            // told within two working days: nothing to say
            CaseBook told = new CaseBook().person(child("A", "Amira")).referral(referral("R1", "A",
                    LocalDate.of(2026, 2, 2), Agency.EDUCATION, ReferralOutcome.NFA, LocalDate.of(2026, 2, 3),
                    LocalDate.of(2026, 2, 5)));
            assertThat(alerts(told, LocalDate.of(2026, 2, 9), AlertCode.REFERRALS_NOT_JOINED_UP)).isEmpty();
        }
    }

    @Nested
    class RepeatReferrals {

        // Young Person F: referral after referral closed without action
        private CaseBook book(ReferralOutcome third) {
            CaseBook book = new CaseBook().person(child("F", "Frankie"));
            for (int month = 1; month <= 3; month++) {
                LocalDate day = LocalDate.of(2026, month, 10);
                book.referral(referral("R" + month, "F", day, Agency.POLICE,
                        month == 3 ? third : ReferralOutcome.NFA, day.plusDays(1), day.plusDays(1)));
            }
            return book;
        }

        @Test
        void threeReferralsEachClosedWithoutAction() {
            assertThat(alerts(book(ReferralOutcome.EARLY_HELP), LocalDate.of(2026, 4, 1), AlertCode.REPEAT_REFERRALS))
                    .singleElement().satisfies(a -> assertThat(a.facts()).hasSize(3));
        }

        @Test
        void notWhenOneLedToAnAssessmentOrBeforeTheThirdClosed() {
            assertThat(alerts(book(ReferralOutcome.ASSESSMENT), LocalDate.of(2026, 4, 1), AlertCode.REPEAT_REFERRALS))
                    .isEmpty();
            assertThat(alerts(book(ReferralOutcome.NFA), LocalDate.of(2026, 3, 10), AlertCode.REPEAT_REFERRALS))
                    .isEmpty();
        }
    }

    @Nested
    class EducationExclusionRisk {

        // Young Person F's brother was permanently excluded
        private CaseBook book() {
            return new CaseBook().person(child("F", "Frankie", "FAM", List.of(), SocialCareStatus.CHILD_IN_NEED, "Sam"))
                    .person(child("B", "Ben", "FAM", List.of(), SocialCareStatus.NONE, null))
                    .education(education("B", LocalDate.of(2025, 11, 4), EducationEventKind.PERMANENT_EXCLUSION));
        }

        @Test
        void raisedOnTheChildAndOnTheirSiblingAsARiskIndicator() {
            List<Alert> raised = alerts(book(), LocalDate.of(2026, 1, 1), AlertCode.EDUCATION_EXCLUSION_RISK);

            assertThat(raised).extracting(Alert::personId).containsExactlyInAnyOrder("B", "F");
            assertThat(raised).filteredOn(a -> a.personId().equals("F")).singleElement()
                    .satisfies(a -> assertThat(a.reason()).contains("brother or sister Ben", "risk indicator"));
        }

        @Test
        void oneSuspensionIsNotASignButTwoAre() {
            CaseBook one = new CaseBook().person(child("A", "Amira"))
                    .education(education("A", LocalDate.of(2026, 2, 2), EducationEventKind.SUSPENSION));
            assertThat(alerts(one, LocalDate.of(2026, 3, 1), AlertCode.EDUCATION_EXCLUSION_RISK)).isEmpty();
            one.education(education("A", LocalDate.of(2026, 2, 20), EducationEventKind.SUSPENSION));
            assertThat(alerts(one, LocalDate.of(2026, 3, 1), AlertCode.EDUCATION_EXCLUSION_RISK)).hasSize(1);
        }

        @Test
        void notBeforeTheExclusion() {
            assertThat(alerts(book(), LocalDate.of(2025, 11, 3), AlertCode.EDUCATION_EXCLUSION_RISK)).isEmpty();
        }
    }

    @Nested
    class FamilyHistoryNotShared {

        @Test
        void siblingsOutsideOneFamilyAreADataQualityProblem() {
            CaseBook book = new CaseBook()
                    .person(child("A", "Amira", "F1", List.of(), SocialCareStatus.CHILD_IN_NEED, "Sam"))
                    .person(child("Y", "Yusuf", null, List.of(), SocialCareStatus.CHILD_IN_NEED, "Sam"))
                    .siblings("A", "Y");

            assertThat(alerts(book, FRIDAY, AlertCode.FAMILY_HISTORY_NOT_SHARED)).extracting(Alert::personId)
                    .containsExactlyInAnyOrder("A", "Y");
        }

        @Test
        void siblingsInOneFamilyShareItsHistoryByConstruction() {
            CaseBook book = new CaseBook()
                    .person(child("A", "Amira", "F1", List.of(), SocialCareStatus.CHILD_IN_NEED, "Sam"))
                    .person(child("Y", "Yusuf", "F1", List.of(), SocialCareStatus.CHILD_IN_NEED, "Sam"))
                    .siblings("A", "Y");

            assertThat(alerts(book, FRIDAY, AlertCode.FAMILY_HISTORY_NOT_SHARED)).isEmpty();
        }
    }

    @Nested
    class RetaliationWindow {

        private CaseBook book(boolean conflict) {
            CaseBook book = new CaseBook().person(child("V", "Vic")).person(child("S", "Sid"))
                    .group("G1", "Northgate").group("G2", "Millfield")
                    .association("V", "G1", LocalDate.of(2025, 1, 1)).association("S", "G2", LocalDate.of(2025, 1, 1))
                    .incident(incident("I1", FRIDAY, IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE,
                            Agency.POLICE), Map.of("V", Role.VICTIM, "S", Role.SUSPECT));
            return conflict ? book.conflict("G2", "G1", LocalDate.of(2025, 6, 1)) : book;
        }

        @Test
        void aStabbingBetweenGroupsInConflictOpensAWindowForBothSides() {
            List<Alert> raised = alerts(book(true), FRIDAY.plusDays(10), AlertCode.RETALIATION_WINDOW);

            assertThat(raised).extracting(Alert::personId).containsExactlyInAnyOrder("V", "S");
            assertThat(raised.getFirst().reason()).contains("Northgate", "Millfield", "in conflict");
        }

        @Test
        void notBetweenUnrelatedGroupsNorAfterTheWindowNorBefore() {
            assertThat(alerts(book(false), FRIDAY.plusDays(10), AlertCode.RETALIATION_WINDOW)).isEmpty();
            assertThat(alerts(book(true), FRIDAY.plusDays(91), AlertCode.RETALIATION_WINDOW)).isEmpty();
            assertThat(alerts(book(true), FRIDAY.minusDays(1), AlertCode.RETALIATION_WINDOW)).isEmpty();
        }
    }

    @Nested
    class StepDownWithExploitationFlag {

        private CaseBook book(List<String> flags, ReferralOutcome outcome) {
            return new CaseBook().person(child("K", "Kai", null, flags, SocialCareStatus.EARLY_HELP, "Priya"))
                    .referral(referral("R1", "K", LocalDate.of(2026, 2, 1), Agency.POLICE, outcome,
                            LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 3)));
        }

        @Test
        void closedWhileFlaggedForCriminalExploitation() {
            assertThat(alerts(book(List.of("CCE"), ReferralOutcome.NFA), LocalDate.of(2026, 3, 1),
                    AlertCode.STEP_DOWN_WITH_EXPLOITATION_FLAG)).singleElement()
                    .satisfies(a -> assertThat(a.reason()).contains("flagged CCE"));
        }

        @Test
        void notWithoutTheFlagNorWhenAssessedNorBeforeTheDecision() {
            assertThat(alerts(book(List.of("MISSING"), ReferralOutcome.NFA), LocalDate.of(2026, 3, 1),
                    AlertCode.STEP_DOWN_WITH_EXPLOITATION_FLAG)).isEmpty();
            assertThat(alerts(book(List.of("CCE"), ReferralOutcome.ASSESSMENT), LocalDate.of(2026, 3, 1),
                    AlertCode.STEP_DOWN_WITH_EXPLOITATION_FLAG)).isEmpty();
            assertThat(alerts(book(List.of("CCE"), ReferralOutcome.NFA), LocalDate.of(2026, 2, 2),
                    AlertCode.STEP_DOWN_WITH_EXPLOITATION_FLAG)).isEmpty();
        }
    }

    @Nested
    class EmergencyKnifePresentation {

        // a knife injury seen only in the emergency department
        private CaseBook book() {
            return new CaseBook().person(child("A", "Amira")).incident(incident("I1", FRIDAY, IncidentType.STABBING,
                    Severity.LIFE_THREATENING, Weapon.KNIFE, Agency.HEALTH), victim("A"));
        }

        @Test
        void aKnifeInjurySeenByHealthWithNoReferral() {
            assertThat(alerts(book(), FRIDAY.plusDays(3), AlertCode.EMERGENCY_KNIFE_PRESENTATION)).hasSize(1);
        }

        @Test
        void notWhenReferredTheNextDayNorWhenThePoliceRecordedItNorBefore() {
            CaseBook referred = book().referral(referral("R1", "A", FRIDAY.plusDays(1), Agency.HEALTH, null, null,
                    null));
            assertThat(alerts(referred, FRIDAY.plusDays(3), AlertCode.EMERGENCY_KNIFE_PRESENTATION)).isEmpty();
            CaseBook police = new CaseBook().person(child("A", "Amira")).incident(incident("I1", FRIDAY,
                    IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE, Agency.POLICE), victim("A"));
            assertThat(alerts(police, FRIDAY.plusDays(3), AlertCode.EMERGENCY_KNIFE_PRESENTATION)).isEmpty();
            assertThat(alerts(book(), FRIDAY.plusDays(1), AlertCode.EMERGENCY_KNIFE_PRESENTATION)).isEmpty();
        }
    }

    @Nested
    class InterventionWithoutReview {

        private CaseBook book() {
            return new CaseBook().person(child("A", "Amira"))
                    .referral(referral("R1", "A", LocalDate.of(2026, 2, 2), Agency.POLICE, ReferralOutcome.ASSESSMENT,
                            LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 3)))
                    .referral(referral("R2", "A", LocalDate.of(2026, 2, 9), Agency.HEALTH, ReferralOutcome.ASSESSMENT,
                            LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 10)))
                    .meeting(meeting("M1", MeetingKind.SAFETY_PLANNING, LocalDate.of(2026, 2, 20), "A",
                            Agency.EDUCATION, Agency.YOUTH_JUSTICE, Agency.PARENT_CARER));
        }

        @Test
        void fourAgenciesAndNoMultiAgencyReview() {
            assertThat(alerts(book(), LocalDate.of(2026, 3, 1), AlertCode.INTERVENTION_WITHOUT_REVIEW)).singleElement()
                    .satisfies(a -> assertThat(a.reason()).startsWith("4 agencies"));
        }

        @Test
        void notWhenReviewedNorWithThreeAgenciesNorBefore() {
            CaseBook reviewed = book().meeting(meeting("M2", MeetingKind.MULTI_AGENCY_REVIEW, LocalDate.of(2026, 2, 25),
                    "A", Agency.POLICE));
            assertThat(alerts(reviewed, LocalDate.of(2026, 3, 1), AlertCode.INTERVENTION_WITHOUT_REVIEW)).isEmpty();
            assertThat(alerts(book(), LocalDate.of(2026, 2, 15), AlertCode.INTERVENTION_WITHOUT_REVIEW)).isEmpty();
        }
    }

    @Nested
    class NoLeadProfessional {

        private CaseBook book(SocialCareStatus status, String lead) {
            return new CaseBook().person(child("A", "Amira", null, List.of(), status, lead))
                    .incident(assault("I1", FRIDAY, Severity.MODERATE), victim("A"));
        }

        @Test
        void openRiskAndNobodyLeading() {
            assertThat(alerts(book(SocialCareStatus.NONE, null), FRIDAY.plusDays(5), AlertCode.NO_LEAD_PROFESSIONAL))
                    .singleElement().satisfies(a -> assertThat(a.reason()).contains("no lead professional"));
        }

        @Test
        void notForALookedAfterChildNorWithALeadProfessionalNorBeforeAnyRisk() {
            assertThat(alerts(book(SocialCareStatus.LOOKED_AFTER, null), FRIDAY.plusDays(5),
                    AlertCode.NO_LEAD_PROFESSIONAL)).isEmpty();
            assertThat(alerts(book(SocialCareStatus.NONE, "Sam Okafor"), FRIDAY.plusDays(5),
                    AlertCode.NO_LEAD_PROFESSIONAL)).isEmpty();
            assertThat(alerts(book(SocialCareStatus.NONE, null), FRIDAY.minusDays(1), AlertCode.NO_LEAD_PROFESSIONAL))
                    .isEmpty();
        }
    }

    @Test
    void theSameFactsGiveTheSameAlertIdAndNewFactsANewOne() {
        CaseBook book = new CaseBook().person(child("A", "Amira"))
                .incident(assault("I1", LocalDate.of(2025, 5, 1), Severity.SERIOUS), victim("A"))
                .incident(assault("I2", LocalDate.of(2026, 1, 1), Severity.SERIOUS), victim("A"));
        String first = alerts(book, LocalDate.of(2026, 1, 2), AlertCode.CUMULATIVE_HARM).getFirst().id();
        assertThat(alerts(book, LocalDate.of(2026, 1, 20), AlertCode.CUMULATIVE_HARM).getFirst().id()).isEqualTo(first);

        book.incident(assault("I3", LocalDate.of(2026, 2, 1), Severity.SERIOUS), victim("A"));
        assertThat(alerts(book, LocalDate.of(2026, 2, 2), AlertCode.CUMULATIVE_HARM).getFirst().id())
                .isNotEqualTo(first);
    }
}
