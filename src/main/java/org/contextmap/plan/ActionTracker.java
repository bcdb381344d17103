package org.contextmap.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.contextmap.base.Agency;
import org.contextmap.base.Viewer;
import org.contextmap.base.WorkingDays;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Every open action across the plans the signed-in person may see, the signed-in person's own
 * first, then their agency's, then the most overdue; and the plans past their review date. The
 * reviews found plans "not moved forward" with nobody accountable: an action with a named owner
 * and a due date, counted overdue in working days, is what makes someone accountable.
 */
@Service
public class ActionTracker {

    /** What to list: each {@code null} or blank means any. */
    public record Filter(String agency, String owner, String personId, String groupId, String placeId) {

        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** The tracker's answer. */
    public record Tracker(List<TrackedAction> actions, List<PlanDue> reviewsOverdue) {
    }

    private final PlanStore store;
    private final PlanAccess access;
    private final PlanNames names;
    private final ObjectMapper json;

    ActionTracker(PlanStore store, PlanAccess access, PlanNames names, ObjectMapper json) {
        this.store = store;
        this.access = access;
        this.names = names;
        this.json = json;
    }

    public Tracker open(Filter filter, LocalDate today) {
        Viewer viewer = Viewer.current();
        BiPredicate<PlanSubject, String> visible = access.visible();
        Set<String> agencies = viewer.roles().stream().map(r -> r.agency()).filter(a -> a != null)
                .map(Agency::name).collect(Collectors.toSet());
        List<PlanRecord> plans = store.allLatest().stream().filter(p -> visible.test(p.subject(), p.subjectId()))
                .filter(p -> about(filter, p)).toList();
        Map<String, String> subjectNames = names.subjects(plans.stream().map(p -> Map.entry(p.subject(),
                p.subjectId())).toList());
        var shownIds = names.shownIds();
        List<TrackedAction> actions = new ArrayList<>();
        List<PlanDue> reviews = new ArrayList<>();
        for (PlanRecord record : plans) {
            SafetyPlan plan = json.readValue(record.body(), SafetyPlan.class);
            String name = subjectNames.getOrDefault(record.subject() + "|" + record.subjectId(), record.subjectId());
            String shownId = shownIds.apply(record.subject(), record.subjectId());
            if (plan.reviewOn() != null && plan.reviewOn().isBefore(today)) {
                reviews.add(new PlanDue(record.planId(), record.subject(), shownId, name, plan.summary(),
                        plan.reviewOn(), WorkingDays.between(plan.reviewOn(), today)));
            }
            for (SafetyPlan.PlanAction action : plan.actions()) {
                if (!action.status().open() || !matches(filter, action)) {
                    continue;
                }
                PlanView.ActionView shown = SafetyPlans.action(action, today);
                actions.add(new TrackedAction(record.planId(), action.id(), record.subject(), shownId, name,
                        action.description(), action.owner(), shown.ownerLabel(), action.ownerName(), action.due(),
                        action.status(), shown.overdueWorkingDays(),
                        action.ownerName() != null && action.ownerName().equalsIgnoreCase(viewer.user()),
                        agencies.contains(action.owner())));
            }
        }
        actions.sort(Comparator.comparing((TrackedAction a) -> !a.mine()).thenComparing(a -> !a.myAgency())
                .thenComparing(TrackedAction::overdueWorkingDays, Comparator.reverseOrder())
                .thenComparing(TrackedAction::due));
        reviews.sort(Comparator.comparing(PlanDue::reviewOn));
        return new Tracker(List.copyOf(actions), List.copyOf(reviews));
    }

    private static boolean about(Filter filter, PlanRecord plan) {
        return is(filter.personId(), plan, PlanSubject.PERSON) && is(filter.groupId(), plan, PlanSubject.GROUP)
                && is(filter.placeId(), plan, PlanSubject.PLACE);
    }

    private static boolean is(String id, PlanRecord plan, PlanSubject subject) {
        return id == null || id.isBlank() || plan.subject() == subject && plan.subjectId().equals(id.strip());
    }

    private static boolean matches(Filter filter, SafetyPlan.PlanAction action) {
        if (filter.agency() != null && !filter.agency().isBlank()
                && !filter.agency().strip().equalsIgnoreCase(action.owner())
                && !String.valueOf(PlanChecks.owner(filter.agency())).equals(action.owner())) {
            return false;
        }
        return filter.owner() == null || filter.owner().isBlank() || action.ownerName() != null
                && action.ownerName().toLowerCase(Locale.UK).contains(filter.owner().strip().toLowerCase(Locale.UK));
    }
}
