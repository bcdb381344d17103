package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.person.YoungPerson;

/**
 * Every rule of docs/practice-rules.md, run for each young person of a case book on a day. The rule about open
 * risk runs last, because other alerts are part of what it reads.
 */
public final class PracticeRules {

    private static final List<Rule> RULES = List.of(new StrategyDiscussionDue(), new CumulativeHarm(),
            new BothChildrenNeedResponse(), new ReferralsNotJoinedUp(), new RepeatReferrals(),
            new EducationExclusionRisk(), new FamilyHistoryNotShared(), new RetaliationWindow(),
            new StepDownWithExploitationFlag(), new EmergencyKnifePresentation(), new InterventionWithoutReview(),
            new NoLeadProfessional(), new HighestLevelClosedWithoutAction(), new PoliceAbsentFromPlanning(),
            new PlanNotReviewed(), new CriticalMoment(), new SpecialistReferralDrift(),
            new RelationalSupportEnded());

    private PracticeRules() {
    }

    /**
     * The alerts of every young person in the book, as things stood on {@code asOf}, in the
     * book's order. People are evaluated in parallel: the rules only read the book.
     */
    public static List<Alert> evaluate(CaseBook book, LocalDate asOf, AlertSettings settings) {
        List<YoungPerson> everyone = new ArrayList<>();
        book.people().forEach(everyone::add);
        return everyone.parallelStream().flatMap(person -> evaluate(person, book, asOf, settings).stream()).toList();
    }

    /**
     * One young person's alerts on {@code asOf}. An alert raised longer ago than the open-risk
     * period ({@code contextmap.alerts.open-risk-days}, 90) is ROUTINE whatever its code: it stays
     * open until someone decides on it, so that a review still sees it, but it is history to
     * account for at the next review, not work for today.
     */
    public static List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings) {
        List<Alert> raised = new ArrayList<>();
        for (Rule rule : RULES) {
            raised.addAll(rule.evaluate(person, book, asOf, settings, List.copyOf(raised)));
        }
        LocalDate current = asOf.minusDays(settings.openRiskDays());
        raised.replaceAll(alert -> alert.raisedOn().isBefore(current) ? alert.withPriority(AlertPriority.ROUTINE)
                : alert);
        return raised;
    }
}
