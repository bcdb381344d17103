package org.contextmap.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Labelled;
import org.contextmap.explorer.GroupActivity;
import org.contextmap.place.LinkedPlace;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.TensionTrends;

/**
 * The parts of a peer group's page about the last year: the tension trend with each other group
 * as a chart, the incidents its associates were involved in (a victim labelled a victim), and the
 * places they are linked to — each with an honest sentence when there is nothing or the reader's
 * role does not reach it.
 */
final class GroupSections {

    static final int MONTHS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private GroupSections() {
    }

    static List<Component> trend(TensionTrends trends, String groupId, String groupName) {
        List<Component> parts = new ArrayList<>();
        parts.add(new H3("Tension trend over the last " + MONTHS + " months"));
        RiskReports.TensionTrend trend;
        try {
            trend = trends.of(groupId, MONTHS);
        } catch (ForbiddenException notForThisRole) {
            parts.add(new Paragraph(notForThisRole.getMessage()));
            return parts;
        }
        if (trend.lines().isEmpty()) {
            var none = new Paragraph("No harm between this group's associates and another group's is recorded in the "
                    + "last " + MONTHS + " months, and no conflict with another group is recorded.");
            none.setId("group-tension-trend");
            parts.add(none);
        } else {
            parts.add(new TensionChart(trend, groupName));
        }
        if (trend.behind() != null) {
            parts.add(new Paragraph(trend.behind()));
        }
        return parts;
    }

    static List<Component> incidents(GroupActivity.Report report) {
        List<Component> parts = new ArrayList<>();
        parts.add(new H3("Incidents involving its associates in the last " + MONTHS + " months"));
        if (report.incidents() == null) {
            parts.add(new Paragraph(report.incidentsNote()));
            return parts;
        }
        if (report.incidents().isEmpty()) {
            var none = new Paragraph("No incidents recorded for this group's associates in the last " + MONTHS
                    + " months." + (report.incidentsNote() == null ? "" : " " + report.incidentsNote()));
            none.setId("group-incidents");
            parts.add(none);
            return parts;
        }
        parts.add(hint("Each associate's part is as recorded: being harmed, suspected or present is not a finding "
                + "about the group." + (report.incidentsNote() == null ? "" : " " + report.incidentsNote())));
        var grid = new Grid<GroupActivity.IncidentRow>();
        grid.setId("group-incidents");
        grid.setAriaLabel("Incidents involving the group's associates");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(i -> i.date() == null ? "Date not recorded" : DAY.format(i.date())).setHeader("Date")
                .setWidth("8em").setFlexGrow(0).setSortable(true).setComparator(GroupActivity.IncidentRow::date);
        grid.addColumn(GroupActivity.IncidentRow::kind).setHeader("Incident").setFlexGrow(2);
        grid.addComponentColumn(i -> i.placeId() == null ? new Span("Place not recorded")
                : new Anchor("places/" + i.placeId(), i.placeName() == null ? i.placeId() : i.placeName()))
                .setHeader("Place").setFlexGrow(2);
        grid.addComponentColumn(GroupSections::parts).setHeader("Associates involved, and their part").setFlexGrow(3);
        grid.setItems(report.incidents());
        if (report.incidents().size() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28em");
        }
        parts.add(grid);
        return parts;
    }

    private static Component parts(GroupActivity.IncidentRow row) {
        var cell = new Div();
        for (int k = 0; k < row.parts().size(); k++) {
            GroupActivity.Part part = row.parts().get(k);
            if (k > 0) {
                cell.add("; ");
            }
            cell.add(part.personId() == null ? new Span(part.name()) : new Anchor("people/" + part.personId(), part.name()));
            var role = new Span(" — " + part.role().toLowerCase(Locale.UK));
            if ("Victim".equals(part.role())) {
                role.getStyle().set("font-weight", "600");
            }
            cell.add(role);
        }
        return cell;
    }

    static List<Component> places(GroupActivity.Report report) {
        List<Component> parts = new ArrayList<>();
        parts.add(new H3("Places its associates are linked to"));
        if (report.places() == null) {
            parts.add(new Paragraph(report.placesNote()));
            return parts;
        }
        if (report.places().isEmpty()) {
            var none = new Paragraph("No place is recorded for this group's associates: no home area or school that "
                    + "names a place, and no incident with a place in the last " + MONTHS + " months.");
            none.setId("group-places");
            parts.add(none);
            return parts;
        }
        parts.add(hint("Where its associates live, go to school, and where incidents involving them happened in the "
                + "last " + MONTHS + " months (ContextMap records no other link between a young person and a place)."));
        var grid = new Grid<LinkedPlace>();
        grid.setId("group-places");
        grid.setAriaLabel("Places the group's associates are linked to");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(p -> new Anchor("places/" + p.id(), p.name() == null ? p.id() : p.name()))
                .setHeader("Place").setFlexGrow(2);
        grid.addColumn(p -> Labelled.of(p.type(), "Place")).setHeader("Kind of place").setWidth("9em").setFlexGrow(0);
        grid.addColumn(GroupSections::how).setHeader("How its associates are linked to it").setFlexGrow(3);
        grid.addColumn(LinkedPlace::people).setHeader("Associates").setWidth("7em").setFlexGrow(0);
        grid.setItems(report.places());
        grid.setAllRowsVisible(true);
        parts.add(grid);
        return parts;
    }

    static String how(LinkedPlace place) {
        List<String> ways = new ArrayList<>();
        if (place.living() > 0) {
            ways.add("home area of " + people(place.living()));
        }
        if (place.attending() > 0) {
            ways.add("school of " + people(place.attending()));
        }
        if (place.incidents() > 0) {
            ways.add(place.incidents() == 1 ? "1 incident involving them" : place.incidents() + " incidents involving them");
        }
        String text = String.join("; ", ways);
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String people(int count) {
        return count == 1 ? "1 associate" : count + " associates";
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("cm-provenance");
        return hint;
    }
}
