package org.contextmap.meeting.pack;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.contextmap.meeting.Agenda;
import org.contextmap.plan.PlanDue;
import org.contextmap.plan.TrackedAction;

/**
 * The violence-reduction meeting pack as a PDF: a cover with the area, the period, the date, who
 * made it and the classification marking; the contents; the hotspots with a map drawn from their
 * coordinates; the group tensions with their trend; the new serious incidents; the young people at
 * highest risk of harm with the reasons; the open alerts; the plans past their review; the actions
 * by agency with the overdue ones marked; page numbers. The pack leaves the building, so children
 * are shown by initials and ids unless names were asked for and the reader's role allows them.
 */
public final class MeetingPack {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String[] SECTIONS = {"Hotspots", "Group tensions", "New serious incidents",
        "Young people at highest risk of harm", "Open practice alerts", "Plans past their review date",
        "Actions by agency"};

    private MeetingPack() {
    }

    public static byte[] pdf(Agenda agenda, String madeBy, boolean names) {
        Html html = new Html();
        html.raw("<div class=\"cover\">").raw("<p class=\"marking\">" + PdfDocument.MARKING + "</p>")
                .tag("h1", "Violence-reduction meeting pack")
                .tag("p", "Area: " + agenda.areaName())
                .tag("p", "Period: " + agenda.from().format(DAY) + " to " + agenda.to().format(DAY)
                        + (agenda.since().isAfter(agenda.from()) ? " (trends since the previous meeting on "
                        + agenda.since().format(DAY) + ")" : ""))
                .tag("p", "Prepared on " + OffsetDateTime.now().format(DAY) + " by " + madeBy + " from ContextMap.")
                .tag("p class=\"note\"", names ? "Children are named as the reader's role allows. Handle, store and "
                        + "destroy this pack as the marking requires."
                        : "Children are shown by initials and id; a child the reader's role does not reach by "
                        + "pseudonym. Handle, store and destroy this pack as the marking requires.")
                .tag("p class=\"note\"", "Scores and alerts advise: the people at the meeting decide, and the "
                        + "decisions are recorded. Associations describe risk of harm, not membership.");
        if (agenda.notes() != null) {
            html.tag("p class=\"note\"", agenda.notes());
        }
        html.tag("h2", "Contents").raw("<ul class=\"contents\">");
        for (int i = 0; i < SECTIONS.length; i++) {
            html.raw("<li><a href=\"#s" + (i + 1) + "\">").text((i + 1) + ". " + SECTIONS[i]).raw("</a></li>");
        }
        html.raw("</ul></div>");
        hotspots(html, agenda);
        tensions(html, agenda);
        incidents(html, agenda);
        atRisk(html, agenda);
        alerts(html, agenda);
        plans(html, agenda.plansDue());
        actions(html, agenda);
        return PdfDocument.render("Violence-reduction meeting pack", html.toString());
    }

    static void heading(Html html, int number) {
        html.raw("<h2 id=\"s" + number + "\">").text(number + ". " + SECTIONS[number - 1]).raw("</h2>");
    }

    private static void hotspots(Html html, Agenda agenda) {
        heading(html, 1);
        if (agenda.hotspots().isEmpty()) {
            html.tag("p", "No hotspots in the period.");
            return;
        }
        String map = AreaMap.dataUri(agenda.hotspots(), null, null);
        html.raw("<img alt=\"Map of the hotspots\" src=\"" + map + "\"/>");
        table(html, List.of("#", "Place", "Incidents", "Harm score", "Trend"), agenda.hotspots().stream()
                .map(h -> List.of(String.valueOf(agenda.hotspots().indexOf(h) + 1), h.place(),
                        String.valueOf(h.incidents()), String.format(Locale.UK, "%.1f", h.score()), h.trend()))
                .toList());
    }

    private static void tensions(Html html, Agenda agenda) {
        heading(html, 2);
        if (agenda.tensions().isEmpty()) {
            html.tag("p", "No tensions between peer groups recorded in the period.");
            return;
        }
        table(html, List.of("Groups", "Relation", "Intensity", "Trend", "Incidents behind it"), agenda.tensions()
                .stream().map(t -> List.of(t.groupA() + " and " + t.groupB(), t.relation() == null ? "" : t.relation(),
                        String.format(Locale.UK, "%.2f", t.intensity()), t.trend(), t.incidents() + ": "
                                + String.join("; ", t.behind()))).toList());
    }

    private static void incidents(Html html, Agenda agenda) {
        heading(html, 3);
        if (agenda.seriousIncidents().isEmpty()) {
            html.tag("p", "No serious incidents recorded in the period.");
            return;
        }
        table(html, List.of("Date", "What", "Where", "Young people", "Detail"), agenda.seriousIncidents().stream()
                .map(i -> List.of(i.date().toString(), i.what(), i.place() == null ? "" : i.place(),
                        String.join("; ", i.people()), i.detail() == null ? "" : i.detail())).toList());
    }

    private static void atRisk(Html html, Agenda agenda) {
        heading(html, 4);
        if (agenda.atRisk().isEmpty()) {
            html.tag("p", "No young person of the area has a risk score.");
            return;
        }
        html.raw("<table class=\"risk\"><thead><tr><th style=\"width: 16%\">Young person</th><th style=\"width: 14%\">"
                + "Risk of harm now</th><th style=\"width: 14%\">At the start of the period</th><th>Why</th></tr></thead>"
                + "<tbody>");
        rows(html,
                agenda.atRisk().stream().map(r -> List.of(r.name(), r.band() + (r.rose() ? " (rose)" : ""),
                        r.bandBefore(), String.join(" ", r.reasons()))).toList());
    }

    private static void alerts(Html html, Agenda agenda) {
        heading(html, 5);
        if (agenda.alerts().isEmpty()) {
            html.tag("p", "No open practice alerts.");
            return;
        }
        table(html, List.of("Alert", "Open", "Urgent or high"), agenda.alerts().stream()
                .map(a -> List.of(a.label(), String.valueOf(a.open()), String.valueOf(a.urgentOrHigh()))).toList());
    }

    private static void plans(Html html, List<PlanDue> due) {
        heading(html, 6);
        if (due.isEmpty()) {
            html.tag("p", "No plan is past its review date.");
            return;
        }
        table(html, List.of("Plan for", "Plan", "Review was due", "Overdue"), due.stream()
                .map(p -> List.of(p.subjectName(), p.summary(), p.reviewOn().format(DAY),
                        p.overdueWorkingDays() + " working days")).toList());
    }

    private static void actions(Html html, Agenda agenda) {
        heading(html, 7);
        if (agenda.actions().isEmpty()) {
            html.tag("p", "No open actions.");
            return;
        }
        for (Agenda.AgencyActions agency : agenda.actions()) {
            html.tag("h3", agency.agency());
            html.raw("<table><thead><tr><th>Action</th><th>Plan for</th><th>Named owner</th><th>Due</th><th>Status</th>"
                    + "</tr></thead><tbody>");
            for (TrackedAction a : agency.actions()) {
                html.raw("<tr><td>").text(a.description()).raw("</td><td>").text(a.subjectName()).raw("</td><td>")
                        .text(a.ownerName() == null ? "" : a.ownerName()).raw("</td><td>").text(a.due().format(DAY))
                        .raw("</td><td" + (a.overdue() ? " class=\"overdue\">" : ">"))
                        .text(a.overdue() ? "OVERDUE by " + a.overdueWorkingDays() + " working days" : a.status()
                                .label()).raw("</td></tr>");
            }
            html.raw("</tbody></table>");
        }
    }

    static void table(Html html, List<String> headers, List<List<String>> rows) {
        html.raw("<table><thead><tr>");
        headers.forEach(h -> html.tag("th", h));
        html.raw("</tr></thead><tbody>");
        rows(html, rows);
    }

    private static void rows(Html html, List<List<String>> rows) {
        for (List<String> row : rows) {
            html.raw("<tr>");
            row.forEach(cell -> html.tag("td", cell));
            html.raw("</tr>");
        }
        html.raw("</tbody></table>");
    }

    static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }
}
