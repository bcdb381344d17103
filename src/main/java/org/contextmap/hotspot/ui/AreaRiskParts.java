package org.contextmap.hotspot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Map;
import org.contextmap.hotspot.HotspotReports;

/**
 * The parts a place's page and the address check share: the harm and its trend, the hotspots
 * near by, the groups whose associates were involved in harm there, and the incidents by type —
 * each with an honest sentence when there is nothing.
 */
final class AreaRiskParts {

    private AreaRiskParts() {
    }

    static Section harm(HotspotReports.AreaRisk risk, String where) {
        var facts = new DescriptionList();
        facts.setId("area-harm");
        facts.addClassName("cm-facts");
        fact(facts, "Period", Plain.period(risk.period()));
        fact(facts, "Trend", Plain.trend(risk.trend()) + " (harm " + Plain.score(risk.current()) + " against "
                + Plain.score(risk.previous()) + " in the period before)");
        fact(facts, "Harm score", Plain.score(risk.score()) + " within " + risk.radiusMetres() + " m of " + where
                + ", recent incidents weighing more");
        return Plain.section("Harm", facts);
    }

    static Section nearby(HotspotReports.AreaRisk risk, String where) {
        if (risk.nearby().isEmpty()) {
            return Plain.section("Hotspots near by", new Paragraph("No other place within " + risk.radiusMetres()
                    + " m of " + where + " had harm in this period."));
        }
        var grid = new Grid<HotspotReports.NearbyHotspot>();
        grid.setId("nearby-grid");
        grid.setAriaLabel("Hotspots near by");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(LitRenderer.<HotspotReports.NearbyHotspot>of("<a href=\"places/${item.id}\">${item.name}</a>")
                .withProperty("id", n -> n.place().id()).withProperty("name", n -> n.place().name()))
                .setHeader("Place").setFlexGrow(2);
        grid.addColumn(n -> n.place().type()).setHeader("Kind of place").setAutoWidth(true);
        grid.addColumn(n -> n.metres() + " m").setHeader("Distance").setAutoWidth(true);
        grid.addColumn(n -> Plain.trend(n.trend())).setHeader("Trend").setAutoWidth(true);
        grid.addColumn(HotspotReports.NearbyHotspot::incidentCount).setHeader("Incidents").setAutoWidth(true);
        grid.setItems(risk.nearby());
        grid.setAllRowsVisible(true);
        return Plain.section("Hotspots near by", grid);
    }

    static Section groups(HotspotReports.AreaRisk risk) {
        if (risk.groups().isEmpty()) {
            return Plain.section("Peer groups", new Paragraph("No peer group's associates were involved in harm "
                    + "here in this period."));
        }
        var list = new UnorderedList();
        risk.groups().forEach(g -> list.add(new ListItem(g.name())));
        return Plain.section("Peer groups", Plain.hint("Groups whose associates were harmed, suspected or present in "
                + "incidents here: association, not a finding."), list);
    }

    static Section byType(Map<String, Integer> byType) {
        if (byType.isEmpty()) {
            return Plain.section("Incidents by type", new Paragraph("No incidents recorded here in this period."));
        }
        var list = new UnorderedList();
        byType.forEach((type, n) -> list.add(new ListItem(type + ": " + n)));
        return Plain.section("Incidents by type", list);
    }

    static Component incidents(HotspotReports.AreaRisk risk) {
        if (risk.recent().isEmpty()) {
            return Plain.section("Incidents", new Paragraph("No incidents recorded here in this period."));
        }
        var grid = new Grid<HotspotReports.IncidentLine>();
        grid.setId("incident-grid");
        grid.setAriaLabel("Incidents, newest first");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(i -> Plain.day(i.date())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HotspotReports.IncidentLine::incident).setHeader("What").setFlexGrow(2);
        grid.addColumn(i -> i.summary() == null ? "" : i.summary()).setHeader("Summary").setFlexGrow(3);
        grid.addColumn(HotspotReports.IncidentLine::source).setHeader("Recorded by").setAutoWidth(true);
        grid.setItems(risk.recent());
        grid.setAllRowsVisible(risk.recent().size() <= 15);
        grid.setHeight(risk.recent().size() <= 15 ? null : "30em");
        return Plain.section("Incidents", grid);
    }

    static void fact(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
