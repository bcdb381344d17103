package org.contextmap.alert;

import org.contextmap.base.Precompute;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the case book and evaluates today's alerts ahead of the first request: on the demo city
 * that is over a second, which the team opening its work list after an import should not wait for.
 */
@Component
@Order(3)
class AlertWarmUp implements Precompute {

    private final AlertService alerts;

    AlertWarmUp(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public String what() {
        return "today's practice alerts";
    }

    @Override
    public void run() {
        alerts.alerts(null, new AlertService.Filter(null, null, null, null, false));
    }
}
