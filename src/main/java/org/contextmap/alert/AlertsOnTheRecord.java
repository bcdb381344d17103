package org.contextmap.alert;

import java.util.List;
import org.contextmap.person.ProfileAlert;
import org.contextmap.person.ProfileAlerts;
import org.springframework.stereotype.Component;

/** Puts a young person's practice alerts, with any decisions, on their record ({@code GET /api/people/{id}}). */
@Component
class AlertsOnTheRecord implements ProfileAlerts {

    private final AlertService alerts;

    AlertsOnTheRecord(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<ProfileAlert> alertsFor(String personId) {
        return alerts.alerts(null, new AlertService.Filter(null, personId, null, null, true)).stream()
                .map(a -> new ProfileAlert(a.id(), a.code().name(), a.label(), a.raisedOn(), a.reason(), a.learning(),
                        a.suggestedAction(), a.decision() == null ? null : describe(a.decision())))
                .toList();
    }

    private static String describe(Decision decision) {
        String outcome = switch (decision.outcome()) {
            case ACKNOWLEDGED -> "Acknowledged";
            case ACTION_TAKEN -> "Action taken";
            case NOT_NEEDED -> "Not needed";
        };
        return outcome + " by " + decision.decidedBy() + ": " + decision.reason();
    }
}
