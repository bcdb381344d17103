package org.contextmap.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Spring Boot's way of explaining why the application did not start (registered in
 * {@code META-INF/spring.factories}): a store in use by another process or not writable is printed
 * as "APPLICATION FAILED TO START", a description and an action, without a stack trace.
 */
class StoreUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<StoreUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
