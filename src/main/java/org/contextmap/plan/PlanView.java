package org.contextmap.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.contextmap.plan.SafetyPlan.AgencyActing;
import org.contextmap.plan.SafetyPlan.TrustedAdult;

/**
 * A plan as read back (DESIGN §4.2): what was posted, with its version, who changed it last and
 * when, the people and places to avoid with their names, the actions with how overdue each is, the
 * graph's suggestions and, for a peer group, its members' own plans.
 *
 * @param reviewOverdue   the review date has passed
 * @param memberPlans     for a peer group: the plans of the young people associated with it
 */
public record PlanView(String id, PlanSubject subject, String subjectId, String subjectName, int version,
        String changedBy, OffsetDateTime changedAt, String reason, String summary, LocalDate reviewOn,
        boolean reviewOverdue, String leadProfessional, List<String> risks, List<AvoidView> avoid,
        List<String> protectiveFactors, List<TrustedAdult> trustedAdults, String youngPersonsView,
        String parentsView, List<ActionView> actions, List<AgencyActing> agenciesActing,
        List<Suggestion> suggestions, List<MemberPlan> memberPlans) {

    /** Someone or somewhere to avoid, named. */
    public record AvoidView(String kind, String id, String name, String reason) {
    }

    /**
     * An action, with its owner in words and how many working days it is overdue (0 when not due or closed).
     */
    public record ActionView(String id, String description, String owner, String ownerLabel, String ownerName,
            LocalDate due, ActionStatus status, int overdueWorkingDays) {
    }

    /** A group member's own plan, in a line. */
    public record MemberPlan(String personId, String name, String planId, String summary, LocalDate reviewOn) {
    }

    /** The same plan as posted again: for a new version written from this one. */
    public SafetyPlan asPosted(String why) {
        return new SafetyPlan(summary, reviewOn, leadProfessional, risks,
                avoid.stream().map(a -> new SafetyPlan.Avoid(a.kind(), a.id(), a.reason())).toList(),
                protectiveFactors, trustedAdults, youngPersonsView, parentsView,
                actions.stream().map(a -> new SafetyPlan.PlanAction(a.id(), a.description(), a.owner(), a.ownerName(),
                        a.due(), a.status())).toList(), agenciesActing, why);
    }
}
