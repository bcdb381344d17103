package org.contextmap.plan;

import java.time.LocalDate;

/**
 * An open action as the tracker lists it: which plan, about whom or where, who owns it, by when,
 * and how many working days it is overdue.
 *
 * @param mine     its named owner is the signed-in person
 * @param myAgency its owner is the signed-in person's agency
 */
public record TrackedAction(String planId, String actionId, PlanSubject subject, String subjectId,
        String subjectName, String description, String owner, String ownerLabel, String ownerName, LocalDate due,
        ActionStatus status, int overdueWorkingDays, boolean mine, boolean myAgency) {

    public boolean overdue() {
        return overdueWorkingDays > 0;
    }
}
