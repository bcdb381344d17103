package org.contextmap.hotspot.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.DataLoading;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.ui.LoadingBanner;
import org.contextmap.hotspot.HotspotReports;
import org.contextmap.hotspot.HotspotService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The school location-risk view, for a school's designated safeguarding lead: hotspots near the
 * school and on pupils' journeys, tensions between groups that involve its pupils, and counts —
 * no names, no incident summaries, no police detail. An education user sees only their own
 * schools: the service refuses any other, and this page says so in a sentence, whatever id is typed
 * into the address.
 */
@Route("schools/:schoolId")
@PermitAll
public class SchoolRiskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HotspotService hotspots;
    private final DataLoading loading;
    private String title = "School · ContextMap";

    public SchoolRiskView(HotspotService hotspots, ObjectProvider<DataLoading> loading) {
        this.hotspots = hotspots;
        this.loading = loading.getIfAvailable(() -> DataLoading.NOTHING);
        setMaxWidth("72em");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("schoolId").orElse("");
        removeAll();
        add(new Anchor("map", "← Hotspots map"));
        LocalDate from;
        LocalDate to;
        try {
            from = Plain.date(event.getLocation().getQueryParameters(), "from");
            to = Plain.date(event.getLocation().getQueryParameters(), "to");
        } catch (IllegalArgumentException wrong) {
            add(new Paragraph(wrong.getMessage()));
            return;
        }
        if (LoadingBanner.needed(loading)) {
            var banner = new LoadingBanner(loading, "The school's view appears here by itself when it is loaded.",
                    () -> open(id, from, to));
            add(banner);
            if (banner.waiting()) {
                return;
            }
        }
        open(id, from, to);
    }

    private void open(String id, LocalDate from, LocalDate to) {
        Optional<HotspotReports.SchoolView> view;
        try {
            view = hotspots.school(id, from, to);
        } catch (ForbiddenException refused) {
            title = "Not open to your role · ContextMap";
            add(Plain.notOpen("This school's location-risk view", refused.getMessage()));
            getUI().ifPresent(ui -> ui.getPage().setTitle(title));
            return;
        } catch (BadRequestException wrong) {
            title = "Not a school · ContextMap";
            add(new H2("Not a school"), new Paragraph(wrong.getMessage()), new Anchor("places/" + id, "Open the place"));
            getUI().ifPresent(ui -> ui.getPage().setTitle(title));
            return;
        }
        view.ifPresentOrElse(this::show, () -> {
            title = "Not found · ContextMap";
            add(new H2("No school with id " + id), new Paragraph("Check the id, or find the school on the map."));
        });
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    private void show(HotspotReports.SchoolView view) {
        title = view.school().name() + " · ContextMap";
        var heading = new H2(view.school().name() + ": location risk");
        heading.setId("school-name");
        add(heading, Plain.hint("Hotspots near the school and on pupils' journeys between home area and school, and "
                + "tensions between groups its pupils are associated with. Counts only: no names, no incident "
                + "details, no police intelligence."), Plain.behind(view.behind()), pupils(view), hotspotsNear(view),
                tensions(view));
        if (view.note() != null && !view.note().isBlank()) {
            add(Plain.hint(view.note()));
        }
    }

    private static Section pupils(HotspotReports.SchoolView view) {
        var facts = new DescriptionList();
        facts.setId("school-pupils");
        facts.addClassName("cm-facts");
        AreaRiskParts.fact(facts, "Period", Plain.period(view.period()));
        AreaRiskParts.fact(facts, "Pupils on record", String.valueOf(view.pupils()));
        AreaRiskParts.fact(facts, "Pupils with a home area recorded", String.valueOf(view.pupilsWithHomeArea()));
        AreaRiskParts.fact(facts, "Pupils harmed in the period", String.valueOf(view.pupilsHarmed()));
        AreaRiskParts.fact(facts, "Pupils with a hotspot on their journey",
                String.valueOf(view.pupilsWithHotspotOnJourney()));
        AreaRiskParts.fact(facts, "Pupils associated with groups in tension",
                String.valueOf(view.pupilsAssociatedWithGroupsInTension()));
        return Plain.section("Pupils", facts);
    }

    private static Section hotspotsNear(HotspotReports.SchoolView view) {
        if (view.hotspots().isEmpty()) {
            return Plain.section("Hotspots near the school and on pupils' journeys",
                    new Paragraph("No harm recorded near the school or on pupils' journeys in this period."));
        }
        var grid = new Grid<HotspotReports.SchoolHotspot>();
        grid.setId("school-hotspots");
        grid.setAriaLabel("Hotspots near the school and on pupils' journeys");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<HotspotReports.SchoolHotspot>of("<a href=\"places/${item.id}\">${item.name}</a>")
                .withProperty("id", h -> h.place().id()).withProperty("name", h -> h.place().name()))
                .setHeader("Place").setFlexGrow(2);
        grid.addColumn(h -> h.metresFromSchool() + " m" + (h.nearSchool() ? " (near the school)" : ""))
                .setHeader("From the school").setAutoWidth(true);
        grid.addColumn(h -> h.pupilsOnJourney() == 0 ? "None" : String.valueOf(h.pupilsOnJourney()))
                .setHeader("Pupils passing near it").setAutoWidth(true);
        grid.addColumn(h -> Plain.trend(h.trend())).setHeader("Trend").setAutoWidth(true);
        grid.addColumn(h -> h.byType().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "))).setHeader("Incidents by type").setFlexGrow(3);
        grid.setItems(view.hotspots());
        grid.setAllRowsVisible(view.hotspots().size() <= 15);
        grid.setHeight(view.hotspots().size() <= 15 ? null : "30em");
        return Plain.section("Hotspots near the school and on pupils' journeys", grid);
    }

    private static Section tensions(HotspotReports.SchoolView view) {
        if (view.tensions().isEmpty()) {
            return Plain.section("Tensions involving pupils",
                    new Paragraph("No tension between groups that the school's pupils are associated with."));
        }
        var grid = new Grid<HotspotReports.SchoolTension>();
        grid.setId("school-tensions");
        grid.setAriaLabel("Tensions between groups involving the school's pupils");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(t -> t.groupA() + " and " + t.groupB()).setHeader("Groups").setFlexGrow(2);
        grid.addColumn(HotspotReports.SchoolTension::relation).setHeader("Relation").setAutoWidth(true);
        grid.addColumn(t -> Plain.trend(t.trend())).setHeader("Trend").setAutoWidth(true);
        grid.addColumn(HotspotReports.SchoolTension::pupilsAssociated).setHeader("Pupils associated")
                .setAutoWidth(true);
        grid.setItems(view.tensions());
        grid.setAllRowsVisible(true);
        return Plain.section("Tensions involving pupils", Plain.hint("Association with a group is not a finding "
                + "about a pupil."), grid);
    }
}
