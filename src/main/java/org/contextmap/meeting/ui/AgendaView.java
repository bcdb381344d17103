package org.contextmap.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.contextmap.meeting.Agenda;
import org.contextmap.plan.TrackedAction;

/** A meeting's agenda on screen, in the order the meeting takes it. */
class AgendaView extends Div {

    AgendaView(Agenda agenda) {
        setId("agenda");
        if (agenda.notes() != null) {
            add(new Paragraph(agenda.notes()));
        }
        section("1. Hotspots", "No hotspots in the period.", agenda.hotspots(), h -> h.place() + ": " + h.incidents()
                + (h.incidents() == 1 ? " incident" : " incidents") + ", harm score "
                + String.format(Locale.UK, "%.1f", h.score()) + ", " + h.trend().toLowerCase(Locale.UK));
        section("2. Group tensions", "No tensions between peer groups recorded.", agenda.tensions(), t -> t.groupA()
                + " and " + t.groupB() + " (" + (t.relation() == null ? "" : t.relation().toLowerCase(Locale.UK))
                + "): intensity " + String.format(Locale.UK, "%.2f", t.intensity()) + ", " + t.trend()
                .toLowerCase(Locale.UK) + "; " + t.incidents() + " incidents behind it");
        section("3. New serious incidents", "No serious incidents recorded in the period.", agenda.seriousIncidents(),
                i -> i.date() + " " + i.what() + (i.place() == null ? "" : " at " + i.place()) + ": "
                        + String.join("; ", i.people()) + (i.detail() == null ? "" : ". " + i.detail()));
        section("4. Young people at highest risk of harm", "No young person of the area has a risk score.",
                agenda.atRisk(), r -> r.name() + ": " + r.band() + (r.rose() ? " (rose from " + r.bandBefore() + ")"
                        : "") + ". " + String.join(" ", r.reasons()));
        section("5. Open practice alerts", "No open practice alerts.", agenda.alerts(), a -> a.label() + ": "
                + a.open() + " open, " + a.urgentOrHigh() + " urgent or high");
        section("6. Plans past their review date", "No plan is past its review date.", agenda.plansDue(),
                p -> p.subjectName() + ": " + p.summary() + " (review was due " + p.reviewOn() + ", "
                        + p.overdueWorkingDays() + " working days ago)");
        add(new H3("7. Actions by agency"));
        if (agenda.actions().isEmpty()) {
            add(new Paragraph("No open actions."));
        }
        for (Agenda.AgencyActions agency : agenda.actions()) {
            add(new H4(agency.agency()));
            var list = new UnorderedList();
            for (TrackedAction a : agency.actions()) {
                var item = new ListItem(a.description() + " — for " + a.subjectName() + ", due " + a.due() + ". ");
                var state = new Span(a.overdue() ? "Overdue by " + a.overdueWorkingDays() + " working days"
                        : a.status().label());
                if (a.overdue()) {
                    state.addClassName("cm-risk");
                }
                item.add(state);
                list.add(item);
            }
            add(list);
        }
    }

    private <T> void section(String heading, String empty, List<T> items, Function<T, String> line) {
        add(new H3(heading));
        if (items.isEmpty()) {
            add(new Paragraph(empty));
            return;
        }
        var list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(line.apply(item))));
        add(list);
    }
}
