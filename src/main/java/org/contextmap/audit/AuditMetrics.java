package org.contextmap.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The audit writer's queue ({@code contextmap.audit.queue}): reads wait in it until their entries
 * are committed, so a queue that grows means the database is not keeping up and every record
 * opened is getting slower.
 */
@Component
class AuditMetrics implements MeterBinder {

    private final AuditLog log;

    AuditMetrics(AuditLog log) {
        this.log = log;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("contextmap.audit.queue", log, AuditLog::waiting)
                .description("Reads and changes waiting for their audit entries to be committed").register(registry);
    }
}
