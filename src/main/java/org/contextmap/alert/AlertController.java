package org.contextmap.alert;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.contextmap.base.Agency;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.Viewer;
import org.contextmap.base.PageRequest;
import org.contextmap.person.RecordViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/alerts}, {@code GET /api/people/{id}/alerts} and
 * {@code POST /api/alerts/{id}/decision}, as docs/practice-rules.md describes.
 */
@RestController
class AlertController {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1_000;

    private final AlertService alerts;
    private final RecordViews views;

    AlertController(AlertService alerts, RecordViews views) {
        this.alerts = alerts;
        this.views = views;
    }

    /** The body of a decision: what was decided and why; who decided defaults to the signed-in user. */
    record DecisionRequest(String decision, String reason, String decidedBy) {
    }

    /** One page of the alerts, most pressing first; the paging is in the headers ({@link PageRequest}). */
    @GetMapping("/api/alerts")
    ResponseEntity<List<Alert>> alerts(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String code, @RequestParam(required = false) String personId,
            @RequestParam(required = false) String groupId, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String priority, @RequestParam(defaultValue = "false") boolean includeDecided,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE).response(alerts.alerts(asOf,
                filter(code, personId, groupId, agency, priority, includeDecided)));
    }

    /** One line per child with open alerts, most pressing first: a team's work list, paged like the alerts. */
    @GetMapping("/api/alerts/cases")
    ResponseEntity<List<AlertCase>> cases(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String code, @RequestParam(required = false) String groupId,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String priority,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE).response(alerts.cases(asOf,
                filter(code, null, groupId, agency, priority, false)));
    }

    private static AlertService.Filter filter(String code, String personId, String groupId, String agency,
            String priority, boolean includeDecided) {
        return new AlertService.Filter(parse(AlertCode.class, "code", code), personId, groupId,
                parse(Agency.class, "agency", agency), includeDecided, parse(AlertPriority.class, "priority", priority));
    }

    /** A young person's alerts: part of their record, so the read is audited like the record. */
    @GetMapping("/api/people/{id}/alerts")
    List<Alert> personAlerts(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<Alert> found = alerts.alerts(asOf, new AlertService.Filter(null, id, null, null, true));
        views.viewed(id, "alerts");
        return found;
    }

    @PostMapping("/api/alerts/{id}/decision")
    Alert decide(@PathVariable String id, @RequestBody DecisionRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Principal principal) {
        Decision.Outcome outcome = parse(Decision.Outcome.class, "decision", request.decision());
        if (outcome == null) {
            throw new BadRequestException("decision is required: one of " + names(Decision.Outcome.class) + ".");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new BadRequestException("reason is required: say why, in a sentence.");
        }
        // who decided is the signed-in person, whatever the body says: a decision is recorded against a name
        return alerts.decide(id, asOf, outcome, request.reason().strip(), Viewer.current().user());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("Unknown " + field + " '" + value + "'. Choose one of: " + names(type) + ".");
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
