package org.contextmap.meeting;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.plan.PlanDue;
import org.contextmap.plan.TrackedAction;

/**
 * A violence-reduction meeting's agenda, prepared from the data for an area and a period. Every
 * child is shown as the reader's role allows, and in a pack by initials unless names are asked for.
 *
 * @param areaId        the home area, or {@code null} for the whole city
 * @param since         the previous meeting about the same area, or the start of the period
 */
public record Agenda(String areaId, String areaName, LocalDate from, LocalDate to, LocalDate since,
        List<HotspotLine> hotspots, List<TensionLine> tensions, List<IncidentLine> seriousIncidents,
        List<AtRisk> atRisk, List<AlertCount> alerts, List<PlanDue> plansDue, List<AgencyActions> actions,
        String notes) {

    /** A place ranked by harm in the period, with its trend since the previous meeting. */
    public record HotspotLine(String placeId, String place, double latitude, double longitude, int incidents,
            double score, String trend) {
    }

    /** Two peer groups in tension, the trend, and the incidents behind it. */
    public record TensionLine(String groupA, String groupB, String relation, double intensity, String trend,
            int incidents, List<String> behind) {
    }

    /** A serious incident in the period: when, what, where, who (victims labelled), the detail the reader may read. */
    public record IncidentLine(String id, LocalDate date, String what, String place, List<String> people,
            String detail) {
    }

    /** A young person at high risk of harm now, whether their band rose since the period began, and why. */
    public record AtRisk(String personId, String name, String band, String bandBefore, boolean rose,
            List<String> reasons) {
    }

    /** Open alerts of one code in the area. */
    public record AlertCount(String code, String label, int open, int urgentOrHigh) {
    }

    /** One agency's open actions, the overdue ones first. */
    public record AgencyActions(String agency, List<TrackedAction> actions) {
    }
}
