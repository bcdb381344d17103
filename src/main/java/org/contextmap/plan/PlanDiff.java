package org.contextmap.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The difference between two versions of a plan, field by field, in words: a changed summary or
 * review date shows before and after; a list (risks, people and places to avoid, trusted adults,
 * actions) shows what was added and what was removed, and an action whose status or due date moved
 * shows as changed.
 */
public final class PlanDiff {

    /**
     * One difference.
     *
     * @param field  the field in the plan's JSON ({@code reviewOn}, {@code actions})
     * @param change {@code CHANGED}, {@code ADDED} or {@code REMOVED}
     */
    public record Change(String field, String change, String before, String after) {
    }

    private PlanDiff() {
    }

    static List<Change> between(SafetyPlan before, SafetyPlan after) {
        List<Change> changes = new ArrayList<>();
        value(changes, "summary", before.summary(), after.summary());
        value(changes, "reviewOn", before.reviewOn(), after.reviewOn());
        value(changes, "leadProfessional", before.leadProfessional(), after.leadProfessional());
        value(changes, "youngPersonsView", before.youngPersonsView(), after.youngPersonsView());
        value(changes, "parentsView", before.parentsView(), after.parentsView());
        list(changes, "risks", before.risks(), after.risks(), Function.identity());
        list(changes, "avoid", before.avoid(), after.avoid(), a -> a.kind() + " " + a.id()
                + (a.reason() == null ? "" : ": " + a.reason()));
        list(changes, "protectiveFactors", before.protectiveFactors(), after.protectiveFactors(), Function.identity());
        list(changes, "trustedAdults", before.trustedAdults(), after.trustedAdults(), a -> a.name()
                + (a.role() == null ? "" : ", " + a.role()) + (a.agency() == null ? "" : " (" + a.agency() + ")"));
        list(changes, "agenciesActing", before.agenciesActing(), after.agenciesActing(), a -> a.agency()
                + (a.what() == null ? "" : ": " + a.what()));
        actions(changes, before.actions(), after.actions());
        return changes;
    }

    private static void value(List<Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before == null ? "ADDED" : after == null ? "REMOVED" : "CHANGED",
                    before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    private static <T> void list(List<Change> changes, String field, List<T> before, List<T> after,
            Function<T, String> words) {
        List<String> was = before.stream().map(words).toList();
        List<String> now = after.stream().map(words).toList();
        was.stream().filter(w -> !now.contains(w)).forEach(w -> changes.add(new Change(field, "REMOVED", w, null)));
        now.stream().filter(w -> !was.contains(w)).forEach(w -> changes.add(new Change(field, "ADDED", null, w)));
    }

    private static void actions(List<Change> changes, List<SafetyPlan.PlanAction> before,
            List<SafetyPlan.PlanAction> after) {
        for (SafetyPlan.PlanAction was : before) {
            SafetyPlan.PlanAction now = after.stream().filter(a -> a.id().equals(was.id())).findFirst().orElse(null);
            if (now == null) {
                changes.add(new Change("actions", "REMOVED", words(was), null));
            } else if (!now.equals(was)) {
                changes.add(new Change("actions", "CHANGED", words(was), words(now)));
            }
        }
        after.stream().filter(now -> before.stream().noneMatch(a -> a.id().equals(now.id())))
                .forEach(now -> changes.add(new Change("actions", "ADDED", null, words(now))));
    }

    private static String words(SafetyPlan.PlanAction action) {
        return action.description() + " — " + PlanChecks.ownerLabel(action.owner())
                + (action.ownerName() == null ? "" : " (" + action.ownerName() + ")") + ", due " + action.due() + ", "
                + action.status().label().toLowerCase(java.util.Locale.UK);
    }
}
