package org.contextmap.plan;

import java.time.OffsetDateTime;

/**
 * One stored version of a plan, as kept: never changed once written, so every earlier version can
 * be read again and compared.
 *
 * @param planId the plan's id, the same across its versions
 * @param body   the plan as written ({@link SafetyPlan}), as JSON
 */
record PlanRecord(String planId, PlanSubject subject, String subjectId, int version, String changedBy,
        OffsetDateTime changedAt, String body) {
}
