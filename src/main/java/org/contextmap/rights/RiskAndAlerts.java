package org.contextmap.rights;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertService;
import org.contextmap.alert.Decision;
import org.contextmap.alert.Fact;
import org.contextmap.audit.AuditTrail;
import org.contextmap.incident.IncidentService;
import org.contextmap.incident.Involvement;
import org.contextmap.person.YoungPerson;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.springframework.stereotype.Component;

/**
 * The parts of a subject-access export that other features compute rather than store: the
 * retaliation-risk score with its reasons, the practice alerts with the facts behind them and any
 * decision, and who has read the record. Each is read without announcing a read of its own: the
 * export is audited once, as an export ({@link RightsAudit}).
 */
@Component
class RiskAndAlerts {

    /** As many reasons as a practitioner could be shown: the export leaves none out that the screen has. */
    private static final int REASONS = 100;
    private static final int LINES = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RiskService risk;
    private final AlertService alerts;
    private final AuditTrail audit;
    private final IncidentService incidents;

    RiskAndAlerts(RiskService risk, AlertService alerts, AuditTrail audit, IncidentService incidents) {
        this.risk = risk;
        this.alerts = alerts;
        this.audit = audit;
        this.incidents = incidents;
    }

    /** Today's score and its reasons; the people on the reasons' paths are added to {@code mentioned}. */
    SubjectAccess.Risk risk(YoungPerson person, Set<String> mentioned) {
        return risk.explain(person.id(), null, REASONS, LINES).map(r -> {
            List<SubjectAccess.RiskLine> lines = r.explanation().lines().stream()
                    .map(line -> new SubjectAccess.RiskLine(line.text(), line.share())).toList();
            List<SubjectAccess.RiskReason> reasons = r.contributions().stream()
                    .map(c -> reason(c, person, mentioned)).toList();
            return new SubjectAccess.Risk(r.asOf(), r.bandLabel(), r.outlook(), r.probability(), lines, reasons,
                    r.advice(), r.model(), "Retaliation risk is advice to practitioners about the harm around a "
                            + "young person, never a finding about them.");
        }).orElseGet(() -> new SubjectAccess.Risk(null, null, null, null, List.of(), List.of(), null, null,
                "No retaliation-risk score: the young person is not on the network of recorded ties."));
    }

    private static SubjectAccess.RiskReason reason(RiskReports.Reason c, YoungPerson person, Set<String> mentioned) {
        List<String> path = c.path().stream().map(step -> {
            boolean self = step.personId().equals(person.id());
            if (!self) {
                mentioned.add(step.personId());
            }
            String who = self && person.name() != null ? person.name() : step.personId();
            String how = step.tie() == null || step.tie().isBlank() ? "" : " (" + step.tie()
                    + (step.recordedBy() == null || step.recordedBy().isBlank() ? "" : ", recorded by "
                    + step.recordedBy()) + (step.confidence() == null ? "" : ", " + step.confidence()
                    .toLowerCase(Locale.UK)) + ")";
            return who + how;
        }).toList();
        return new SubjectAccess.RiskReason(c.incidentId(), c.date(), c.incident(), c.role(), c.source(), c.reason(),
                path, c.weight());
    }

    /**
     * The young person's alerts today, decided ones included; everyone recorded in the incidents
     * behind them is added to {@code mentioned}, as their reasons may name them.
     */
    List<SubjectAccess.AlertItem> alerts(String personId, Set<String> mentioned) {
        List<Alert> raised = alerts.alerts(null, new AlertService.Filter(null, personId, null, null, true));
        Set<String> incidentIds = raised.stream().flatMap(a -> a.facts().stream())
                .filter(f -> "incident".equals(f.kind())).map(f -> f.id()).collect(Collectors.toSet());
        if (!incidentIds.isEmpty()) {
            incidents.castsOf(incidentIds).stream().map(Involvement::personId).filter(id -> !id.equals(personId))
                    .forEach(mentioned::add);
        }
        return raised.stream().map(a -> new SubjectAccess.AlertItem(a.label(), a.priority().label(), a.raisedOn(),
                a.reason(), a.facts().stream().map(RiskAndAlerts::fact).toList(),
                a.learning(), a.suggestedAction(), decision(a.decision()))).toList();
    }

    /** "16 November 2026: Assault (serious), victim (incident I9)": records of the child's own by their id only. */
    private static String fact(Fact f) {
        String reference = switch (f.kind()) {
            case "incident", "referral", "meeting" -> " (" + f.kind() + " " + f.id() + ")";
            default -> "";
        };
        return (f.date() == null ? "" : f.date().format(DAY) + ": ") + f.description() + reference;
    }

    private static String decision(Decision d) {
        if (d == null) {
            return null;
        }
        String outcome = switch (d.outcome()) {
            case ACKNOWLEDGED -> "Acknowledged";
            case ACTION_TAKEN -> "Action taken";
            case NOT_NEEDED -> "Not needed";
        };
        return outcome + " by " + d.decidedBy() + (d.decidedAt() == null ? "" : " on " + d.decidedAt().format(DAY))
                + ": " + d.reason();
    }

    /**
     * Who has read or changed the record, newest first. The one place the export asks the audit
     * trail; when it offers a list of readers of its own ({@code whoRead}), only this changes.
     */
    List<SubjectAccess.Reader> readers(String personId) {
        return audit.entriesFor(personId).stream().map(e -> new SubjectAccess.Reader(e.at(), e.user(),
                action(e.action()), channel(e.channel()))).toList();
    }

    private static String action(String code) {
        return switch (code == null ? "" : code) {
            case "READ" -> "Read the record";
            case "EXPORT" -> "Exported the record";
            case "CHANGE" -> "Changed the record";
            default -> code;
        };
    }

    private static String channel(String code) {
        if (code == null) {
            return "Not recorded";
        }
        String[] parts = code.split(":", 2);
        String how = switch (parts[0]) {
            case "api" -> "Through the HTTP API";
            case "ui" -> "On screen";
            case "system" -> "By the application itself";
            default -> parts[0];
        };
        if (parts.length == 1) {
            return how;
        }
        return how + switch (parts[1]) {
            case RightsAudit.EXPORT -> ", for a subject-access request";
            case RightsAudit.RECTIFICATION -> ", entering a dispute or correction";
            default -> ", " + parts[1];
        };
    }
}
