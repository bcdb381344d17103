package org.contextmap.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a practitioner writes in a safety plan, as a partner system posts it (DESIGN §4.2). The
 * young person's own words and their parents' or carers' view are fields of their own, not notes
 * in someone else's: the reviews found that what children and parents said was not heard. A
 * consistent trusted adult is the most protective factor the reviews found, so trusted adults are
 * a list of their own too.
 *
 * @param reason         why this version was written (the first one defaults to "First version")
 * @param agenciesActing for a place plan, who acts there: transport, licensing, youth services, patrols
 */
public record SafetyPlan(String summary, LocalDate reviewOn, String leadProfessional, List<String> risks,
        List<Avoid> avoid, List<String> protectiveFactors, List<TrustedAdult> trustedAdults, String youngPersonsView,
        String parentsView, List<PlanAction> actions, List<AgencyActing> agenciesActing, String reason) {

    public SafetyPlan {
        risks = risks == null ? List.of() : List.copyOf(risks);
        avoid = avoid == null ? List.of() : List.copyOf(avoid);
        protectiveFactors = protectiveFactors == null ? List.of() : List.copyOf(protectiveFactors);
        trustedAdults = trustedAdults == null ? List.of() : List.copyOf(trustedAdults);
        actions = actions == null ? List.of() : List.copyOf(actions);
        agenciesActing = agenciesActing == null ? List.of() : List.copyOf(agenciesActing);
    }

    /** A person or a place the young person (or group) is helped to keep away from, and why. */
    public record Avoid(String kind, String id, String reason) {
    }

    /** An adult the young person trusts: a youth worker, a teacher, a coach, a relative. */
    public record TrustedAdult(String name, String role, String agency) {
    }

    /**
     * Something someone will do, by when.
     *
     * @param id    kept from version to version so the tracker follows one action; given when absent
     * @param owner the agency that owns it: a code ({@code EDUCATION}) or, for a place, any body
     *              ("Transport for London", "Licensing")
     */
    public record PlanAction(String id, String description, String owner, String ownerName, LocalDate due,
            ActionStatus status) {
    }

    /** An agency acting at a place, and what it does there. */
    public record AgencyActing(String agency, String what) {
    }
}
