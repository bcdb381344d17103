package org.contextmap.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Viewer;
import org.contextmap.base.WorkingDays;
import org.contextmap.database.GraphVersion;
import org.contextmap.person.AuditAction;
import org.contextmap.person.RecordChanges;
import org.contextmap.person.RecordViews;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Safety plans for a young person, a peer group and a place: written, revised in versions (each
 * kept with who, when and why), read back with the graph's suggestions, and compared version with
 * version. A read of a child's plan and every change of it is in the child's audit trail, as any
 * other read or change of their record.
 */
@Service
public class SafetyPlans {

    /** What a change of plans is called in the record of what each data version changed. */
    static final String PLANS = "safety_plans";

    private final PlanStore store;
    private final PlanChecks checks;
    private final PlanAccess access;
    private final PlanSuggestions suggestions;
    private final PlanNames names;
    private final RecordViews views;
    private final RecordChanges changes;
    private final ObjectMapper json;
    private final GraphVersion versions;

    SafetyPlans(PlanStore store, PlanChecks checks, PlanAccess access, PlanSuggestions suggestions, PlanNames names,
            RecordViews views, RecordChanges changes, ObjectMapper json, GraphVersion versions) {
        this.versions = versions;
        this.store = store;
        this.checks = checks;
        this.access = access;
        this.suggestions = suggestions;
        this.names = names;
        this.views = views;
        this.changes = changes;
        this.json = json;
    }

    /** Whether the signed-in person may read and write this subject's plans. */
    public boolean allowed(PlanSubject subject, String subjectId) {
        return access.allows(subject, subjectId);
    }

    /** The plans about a subject (newest version of each), newest first, each with the graph's suggestions. */
    public List<PlanView> of(PlanSubject subject, String subjectId) {
        String name = open(subject, subjectId);
        List<PlanRecord> plans = store.latest(subject, subjectId);
        if (subject == PlanSubject.PERSON) {
            views.viewed(subjectId, "safety plans");
        }
        List<Suggestion> suggested = plans.isEmpty() ? List.of() : suggest(subject, subjectId);
        List<PlanView.MemberPlan> members = subject == PlanSubject.GROUP ? names.memberPlans(members(subjectId),
                store) : List.of();
        return plans.stream().map(p -> view(p, name, suggested, members)).toList();
    }

    /** One version of a plan, or the newest when {@code version} is {@code null}. */
    public PlanView version(PlanSubject subject, String subjectId, String planId, Integer version) {
        String name = open(subject, subjectId);
        PlanRecord plan = store.find(planId, version).filter(p -> p.subject() == subject
                        && p.subjectId().equals(subjectId))
                .orElseThrow(() -> new NotFoundException("There is no " + (version == null ? "" : "version " + version
                        + " of ") + "plan " + planId + " for this " + subject.label().toLowerCase() + "."));
        if (subject == PlanSubject.PERSON) {
            views.viewed(subjectId, "safety plan " + planId + " version " + plan.version());
        }
        List<PlanView.MemberPlan> members = subject == PlanSubject.GROUP ? names.memberPlans(members(subjectId),
                store) : List.of();
        return view(plan, name, suggest(subject, subjectId), members);
    }

    /** Every version of a plan, oldest first, without suggestions. */
    public List<PlanView> versions(PlanSubject subject, String subjectId, String planId) {
        String name = open(subject, subjectId);
        List<PlanRecord> all = store.versions(planId).stream().filter(p -> p.subject() == subject
                && p.subjectId().equals(subjectId)).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("There is no plan " + planId + " for this " + subject.label().toLowerCase()
                    + ".");
        }
        if (subject == PlanSubject.PERSON) {
            views.viewed(subjectId, "safety plan " + planId + " versions");
        }
        return all.stream().map(p -> view(p, name, List.of(), List.of())).toList();
    }

    /** What changed from one version to another. */
    public List<PlanDiff.Change> difference(PlanSubject subject, String subjectId, String planId, Integer from,
            Integer to) {
        open(subject, subjectId);
        if (from == null || to == null) {
            throw new BadRequestException("from and to are required: the two version numbers to compare.");
        }
        List<PlanView> all = versions(subject, subjectId, planId);
        return PlanDiff.between(posted(all, from), posted(all, to));
    }

    /** People and places to avoid, suggested from the graph for a plan about this subject. */
    public List<Suggestion> suggestions(PlanSubject subject, String subjectId) {
        open(subject, subjectId);
        return suggest(subject, subjectId);
    }

    /** Writes the first version of a new plan. */
    public PlanView create(PlanSubject subject, String subjectId, SafetyPlan posted) {
        String name = open(subject, subjectId);
        SafetyPlan plan = checks.checked(posted, true);
        return save(subject, subjectId, name, UUID.randomUUID().toString(), 1, plan);
    }

    /** Writes a new version of a plan; the earlier ones are kept. */
    public PlanView revise(PlanSubject subject, String subjectId, String planId, SafetyPlan posted) {
        String name = open(subject, subjectId);
        PlanRecord latest = store.find(planId, null).filter(p -> p.subject() == subject
                        && p.subjectId().equals(subjectId))
                .orElseThrow(() -> new NotFoundException("There is no plan " + planId + " for this "
                        + subject.label().toLowerCase() + ": POST a new plan instead."));
        SafetyPlan plan = checks.checked(names.unmasked(posted, read(latest).avoid()), false);
        return save(subject, subjectId, name, planId, latest.version() + 1, plan);
    }

    /**
     * Adds an action to the newest version of a plan, as a new version that says why (an action
     * agreed at a meeting lands on the plan it concerns).
     */
    public PlanView addAction(String planId, SafetyPlan.PlanAction action, String why) {
        PlanRecord latest = store.find(planId, null).orElseThrow(() -> new NotFoundException("There is no plan "
                + planId + "."));
        String name = open(latest.subject(), latest.subjectId());
        SafetyPlan plan = read(latest);
        List<SafetyPlan.PlanAction> actions = new java.util.ArrayList<>(plan.actions());
        actions.add(action);
        SafetyPlan next = checks.checked(new SafetyPlan(plan.summary(), plan.reviewOn(), plan.leadProfessional(),
                plan.risks(), plan.avoid(), plan.protectiveFactors(), plan.trustedAdults(), plan.youngPersonsView(),
                plan.parentsView(), actions, plan.agenciesActing(), why), false);
        return save(latest.subject(), latest.subjectId(), name, planId, latest.version() + 1, next);
    }

    /** The id of the most recently changed plan about a subject, if it has one (no read of its content). */
    public java.util.Optional<String> latestPlanId(PlanSubject subject, String subjectId) {
        open(subject, subjectId);
        return store.latest(subject, subjectId).stream().findFirst().map(PlanRecord::planId);
    }

    private PlanView save(PlanSubject subject, String subjectId, String name, String planId, int version,
            SafetyPlan plan) {
        PlanRecord record = new PlanRecord(planId, subject, subjectId, version, Viewer.current().user(),
                PlanStore.now(), json.writeValueAsString(plan));
        store.save(record, plan.reviewOn(), plan.summary(), plan.actions().stream().map(SafetyPlans::actionRow)
                .toList());
        if (subject == PlanSubject.PERSON) {
            // the practice alerts about plans read the child's plans again
            versions.bump(GraphVersion.Change.of(List.of(subjectId), List.of(), List.of(PLANS), false));
            changes.changed(subjectId, "safety plan " + planId + " version " + version, AuditAction.CHANGE);
        }
        return view(record, name, suggest(subject, subjectId), List.of());
    }

    private static Map<String, Object> actionRow(SafetyPlan.PlanAction action) {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("actionId", action.id());
        row.put("description", action.description());
        row.put("owner", action.owner());
        row.put("ownerName", action.ownerName());
        row.put("due", action.due());
        row.put("status", action.status().name());
        return row;
    }

    private List<Suggestion> suggest(PlanSubject subject, String subjectId) {
        LocalDate today = LocalDate.now();
        return switch (subject) {
            case PERSON -> names.person(subjectId).map(p -> suggestions.forPerson(p, today)).orElse(List.of());
            case GROUP -> suggestions.forGroup(subjectId, today);
            case PLACE -> suggestions.forPlace(subjectId, today);
        };
    }

    /** Checks the subject exists and the viewer may see its plans; returns its name. */
    private String open(PlanSubject subject, String subjectId) {
        String name = names.subject(subject, subjectId).orElseThrow(() -> new NotFoundException("There is no "
                + subject.label().toLowerCase() + " with id " + subjectId + "."));
        access.require(subject, subjectId);
        return name;
    }

    private List<String> members(String groupId) {
        return names.members(groupId);
    }

    SafetyPlan read(PlanRecord record) {
        return json.readValue(record.body(), SafetyPlan.class);
    }

    private static SafetyPlan posted(List<PlanView> all, int version) {
        return all.stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no version " + version + " of this plan (it has "
                        + all.size() + ")."))
                .asPosted(null);
    }

    private PlanView view(PlanRecord record, String name, List<Suggestion> suggested,
            List<PlanView.MemberPlan> members) {
        SafetyPlan plan = read(record);
        LocalDate today = LocalDate.now();
        return new PlanView(record.planId(), record.subject(), record.subjectId(), name, record.version(),
                record.changedBy(), record.changedAt(), plan.reason(), plan.summary(), plan.reviewOn(),
                plan.reviewOn() != null && plan.reviewOn().isBefore(today), plan.leadProfessional(), plan.risks(),
                names.avoid(plan.avoid()), plan.protectiveFactors(), plan.trustedAdults(), plan.youngPersonsView(),
                plan.parentsView(), plan.actions().stream().map(a -> action(a, today)).toList(), plan.agenciesActing(),
                suggested, members);
    }

    static PlanView.ActionView action(SafetyPlan.PlanAction a, LocalDate today) {
        int overdue = a.status().open() && a.due().isBefore(today) ? WorkingDays.between(a.due(), today) : 0;
        return new PlanView.ActionView(a.id(), a.description(), a.owner(), PlanChecks.ownerLabel(a.owner()),
                a.ownerName(), a.due(), a.status(), overdue);
    }
}
