package org.contextmap.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A violence-reduction meeting: the area and period it looks at, the day it is held, who came,
 * what was decided, and the actions agreed (each on the plan it concerns, or on the area's context
 * plan).
 *
 * @param agencies the agencies present, as codes ({@code POLICE}) or, for other bodies, their names
 */
public record ReductionMeeting(String id, String areaId, String areaName, LocalDate from, LocalDate to,
        LocalDate heldOn, String createdBy, OffsetDateTime createdAt, List<String> agencies, List<String> decisions,
        List<AgreedAction> actions, String recordedBy, OffsetDateTime recordedAt) {

    public ReductionMeeting {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * An action agreed at the meeting.
     *
     * @param planId the plan it goes on; {@code null}: the area's context plan
     * @param landedOn the plan it was put on, once recorded
     */
    public record AgreedAction(String description, String owner, String ownerName, LocalDate due, String planId,
            String landedOn) {
    }

    /** What the meeting recorded, as posted: who came, what was decided, the new actions. */
    public record Outcome(List<String> agencies, List<String> decisions, List<AgreedAction> actions) {
    }

    /** A new meeting, as posted: the area (a home area's id, or none for the city), the period, the day. */
    public record Request(String areaId, LocalDate from, LocalDate to, LocalDate heldOn) {
    }
}
