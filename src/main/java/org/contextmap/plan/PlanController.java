package org.contextmap.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Safety plans over HTTP (DESIGN §4.2), the same addresses for a young person
 * ({@code /api/people/{id}/safety-plans}), a peer group ({@code /api/groups/…}) and a place
 * ({@code /api/locations/…}): {@code GET} the plans, {@code POST} a new one, {@code PUT} a new
 * version of one, its versions and the difference between two; and the action tracker
 * ({@code /api/actions}). Who may do what is decided in
 * {@link SafetyPlans}.
 */
@RestController
class PlanController {

    private static final String PEOPLE = "/api/people/{id}/safety-plans";
    private static final String GROUPS = "/api/groups/{id}/safety-plans";
    private static final String PLACES = "/api/locations/{id}/safety-plans";

    private final SafetyPlans plans;
    private final ActionTracker tracker;

    PlanController(SafetyPlans plans, ActionTracker tracker) {
        this.plans = plans;
        this.tracker = tracker;
    }

    /** The action tracker: open actions (the caller's own first) and plans past their review date. */
    @GetMapping("/api/actions")
    ActionTracker.Tracker actions(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String person,
            @RequestParam(required = false) String group, @RequestParam(required = false) String place) {
        return tracker.open(new ActionTracker.Filter(agency, owner, person, group, place), LocalDate.now());
    }

    @GetMapping({PEOPLE, GROUPS, PLACES})
    List<PlanView> list(HttpServletRequest request, @PathVariable String id) {
        return plans.of(subject(request), id);
    }

    @PostMapping(path = {PEOPLE, GROUPS, PLACES}, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanView> create(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) SafetyPlan plan) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.create(subject(request), id, plan));
    }

    @GetMapping({PEOPLE + "/suggestions", GROUPS + "/suggestions", PLACES + "/suggestions"})
    List<Suggestion> suggestions(HttpServletRequest request, @PathVariable String id) {
        return plans.suggestions(subject(request), id);
    }

    @GetMapping({PEOPLE + "/{planId}", GROUPS + "/{planId}", PLACES + "/{planId}"})
    PlanView one(HttpServletRequest request, @PathVariable String id, @PathVariable String planId,
            @RequestParam(required = false) Integer version) {
        return plans.version(subject(request), id, planId, version);
    }

    @PutMapping(path = {PEOPLE + "/{planId}", GROUPS + "/{planId}", PLACES + "/{planId}"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    PlanView revise(HttpServletRequest request, @PathVariable String id, @PathVariable String planId,
            @RequestBody(required = false) SafetyPlan plan) {
        return plans.revise(subject(request), id, planId, plan);
    }

    @GetMapping({PEOPLE + "/{planId}/versions", GROUPS + "/{planId}/versions", PLACES + "/{planId}/versions"})
    List<PlanView> versions(HttpServletRequest request, @PathVariable String id, @PathVariable String planId) {
        return plans.versions(subject(request), id, planId);
    }

    @GetMapping({PEOPLE + "/{planId}/diff", GROUPS + "/{planId}/diff", PLACES + "/{planId}/diff"})
    List<PlanDiff.Change> diff(HttpServletRequest request, @PathVariable String id, @PathVariable String planId,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        return plans.difference(subject(request), id, planId, from, to);
    }

    private static PlanSubject subject(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PlanSubject.ofPath(path.split("/")[2]);
    }
}
