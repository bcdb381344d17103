package org.contextmap.exchange;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The imports' figures for monitoring ({@code /actuator/prometheus}): bundles by outcome, rows
 * they held, errors found in refused ones, and how long they took. A partnership watches these
 * for the nightly bundle that did not arrive, or that started being refused.
 */
@Component
class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    /** Counts the import this report describes, and returns the report. */
    ImportReport record(ImportReport report) {
        String outcome = report.status().name().toLowerCase();
        Counter.builder("contextmap.imports").description("Bundles imported, refused, failed or only checked")
                .tag("outcome", outcome).register(registry).increment();
        Counter.builder("contextmap.import.rows").description("Rows in the bundles, by outcome")
                .tag("outcome", outcome).register(registry).increment(report.rows());
        Counter.builder("contextmap.import.errors").description("Errors found in refused bundles")
                .register(registry).increment(report.errorCount());
        Timer.builder("contextmap.import.duration").description("Time from upload to answer").tag("outcome", outcome)
                .register(registry).record(Duration.ofMillis(report.durationMillis()));
        return report;
    }
}
