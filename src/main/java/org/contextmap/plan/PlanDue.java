package org.contextmap.plan;

import java.time.LocalDate;

/** A plan past its review date, and by how many working days. */
public record PlanDue(String planId, PlanSubject subject, String subjectId, String subjectName, String summary,
        LocalDate reviewOn, int overdueWorkingDays) {
}
