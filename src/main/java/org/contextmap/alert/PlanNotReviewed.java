package org.contextmap.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contextmap.base.WorkingDays;
import org.contextmap.person.YoungPerson;

/**
 * A young person's safety plan past its review date, or with an action overdue by more than ten
 * working days: the plan is not being moved forward. The reviews found plans that drifted with
 * nobody accountable once the meeting that made them was over. One alert per plan, raised on the
 * day it first fell behind, naming each reason.
 */
final class PlanNotReviewed implements Rule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public AlertCode code() {
        return AlertCode.PLAN_NOT_REVIEWED;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        Map<String, CaseBook.PlanVersion> newest = new LinkedHashMap<>();
        book.plans(person.id(), asOf).stream().sorted(Comparator.comparingInt(CaseBook.PlanVersion::version))
                .forEach(v -> newest.put(v.planId(), v));
        List<Alert> alerts = new ArrayList<>();
        for (CaseBook.PlanVersion plan : newest.values()) {
            List<String> reasons = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            LocalDate since = null;
            if (plan.reviewOn() != null && plan.reviewOn().isBefore(asOf)) {
                reasons.add("was due for review on " + plan.reviewOn().format(DAY) + " and has not been reviewed");
                since = plan.reviewOn().plusDays(1);
            }
            for (CaseBook.PlanAction action : book.planActions(person.id())) {
                if (!action.planId().equals(plan.planId()) || !action.open() || action.due() == null) {
                    continue;
                }
                int late = WorkingDays.between(action.due(), asOf);
                if (late > settings.planActionOverdueWorkingDays()) {
                    reasons.add("has an action overdue by " + late + " working days (\"" + action.description()
                            + "\", due " + action.due().format(DAY) + ")");
                    LocalDate fellBehind = WorkingDays.plus(action.due(), settings.planActionOverdueWorkingDays() + 1);
                    since = since == null || fellBehind.isBefore(since) ? fellBehind : since;
                    facts.add(new Fact("action", plan.planId(), action.due(), action.description()));
                }
            }
            if (!reasons.isEmpty()) {
                facts.addFirst(new Fact("plan", plan.planId(), plan.writtenOn(), "Safety plan, version "
                        + plan.version() + (plan.summary() == null ? "" : ": " + plan.summary())));
                alerts.add(Alert.of(code(), person.id(), person.name(), since, "The safety plan for " + person.name()
                        + (plan.summary() == null ? "" : " (\"" + plan.summary() + "\")") + " "
                        + String.join(", and ", reasons) + ".", facts));
            }
        }
        return alerts;
    }
}
