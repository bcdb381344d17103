package org.contextmap.hotspot.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.DataLoading;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.PageRequest;
import org.contextmap.base.Viewer;
import org.contextmap.base.ui.LoadingBanner;
import org.contextmap.hotspot.HotspotReports;
import org.contextmap.hotspot.HotspotService;
import org.contextmap.hotspot.HotspotSettings;
import org.contextmap.place.Location;
import org.contextmap.place.LocationType;
import org.contextmap.place.PlaceService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Hotspots for the violence-reduction meeting: places ranked by harm in a period with their trend,
 * on a map (harm grid as heat, schools, near-repeat series) and in a ranked list beside it that
 * says the same in words — the list is the map's text alternative and works with the keyboard.
 * A marker or a row opens the place. The period is in the address ({@code ?from=&to=}), so a link
 * in the meeting pack shows the same picture.
 */
@Route("map")
@Menu(title = "Hotspots map", order = 6, icon = "vaadin:map-marker")
@PermitAll
@PageTitle("Hotspots map · ContextMap")
public class HotspotMapView extends VerticalLayout implements BeforeEnterObserver {

    /** Enough for every place of a city the size of the demo city, which has a few hundred. */
    private static final PageRequest ALL_PLACES = new PageRequest(0, 1_000);
    private static final int GRID_CELLS = 2_000;

    private final HotspotService hotspots;
    private final PlaceService places;
    private final MapSettings mapSettings;
    private final HotspotSettings settings;
    private final DataLoading loading;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Div content = new Div();

    public HotspotMapView(HotspotService hotspots, PlaceService places, MapSettings mapSettings,
            HotspotSettings settings, ObjectProvider<DataLoading> loading) {
        this.hotspots = hotspots;
        this.places = places;
        this.mapSettings = mapSettings;
        this.settings = settings;
        this.loading = loading.getIfAvailable(() -> DataLoading.NOTHING);
        setSizeFull();
        var intro = Plain.hint("Places ranked by harm in the period, recent incidents weighing more, with whether "
                + "harm there is rising or falling against the period before. Open a place to see its incidents and "
                + "the places around it.");
        add(new H2("Hotspots"), intro, periodForm(), content);
        content.setWidthFull();
        content.getStyle().set("flex", "1 1 auto").set("min-height", "0");
    }

    private HorizontalLayout periodForm() {
        from.setId("period-from");
        to.setId("period-to");
        from.setHelperText("First day of the period");
        to.setHelperText("Last day; empty means today");
        var show = new Button("Show", click -> navigate());
        show.setId("period-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var address = new Anchor("map/address", "Check the risk around an address");
        address.setId("address-check-link");
        var form = new HorizontalLayout(from, to, show, address);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void navigate() {
        Map<String, String> query = new HashMap<>();
        if (from.getValue() != null) {
            query.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            query.put("to", to.getValue().toString());
        }
        getUI().ifPresent(ui -> ui.navigate(HotspotMapView.class, QueryParameters.simple(query)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        LocalDate start;
        LocalDate end;
        try {
            start = Plain.date(event.getLocation().getQueryParameters(), "from");
            end = Plain.date(event.getLocation().getQueryParameters(), "to");
        } catch (IllegalArgumentException wrong) {
            content.add(new Paragraph(wrong.getMessage()));
            return;
        }
        if (LoadingBanner.needed(loading)) {
            var banner = new LoadingBanner(loading, "The map appears here by itself when the data is loaded.",
                    () -> show(start, end));
            content.add(banner);
            if (banner.waiting()) {
                return;
            }
        }
        show(start, end);
    }

    private void show(LocalDate start, LocalDate end) {
        HotspotReports.Hotspots report;
        try {
            report = hotspots.hotspots(start, end, ALL_PLACES, GRID_CELLS);
        } catch (ForbiddenException refused) {
            content.add(Plain.notOpen("The hotspot map", refused.getMessage()));
            return;
        } catch (BadRequestException wrong) {
            content.add(new Paragraph(wrong.getMessage()));
            return;
        }
        from.setValue(report.period().from());
        to.setValue(report.period().to());
        List<Location> schools = places.all().stream().filter(l -> l.type() == LocationType.SCHOOL).toList();

        var map = new HotspotMap();
        map.setId("hotspot-map");
        map.setWidthFull();
        map.setHeight("34em");
        map.show(mapSettings, report, schools, settings.nearRepeatMetres());
        map.addPlaceOpenListener((id, kind) -> open(id, kind, report.period()));

        var mapColumn = new Div(map, legend());
        mapColumn.getStyle().set("flex", "3 1 28em").set("min-width", "20em");
        var listColumn = new Div(ranked(report));
        listColumn.getStyle().set("flex", "2 1 22em").set("min-width", "18em");
        var columns = new FlexLayout(mapColumn, listColumn);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-m)");
        columns.setWidthFull();
        content.add(Plain.behind(report.behind()), columns, nearRepeats(report));
    }

    private Paragraph legend() {
        var legend = Plain.hint("▲ rising, ▼ falling, ● stable, with the place's rank · S a school · dashed circle: a "
                + "near-repeat series (incidents that followed within " + settings.nearRepeatMetres() + " m and "
                + settings.nearRepeatDays() + " days) · shading: harm spread over the grid. Arrow keys move the map, "
                + "+ and − zoom, Tab reaches each marker and Enter opens it.");
        legend.setId("map-legend");
        return legend;
    }

    private Div ranked(HotspotReports.Hotspots report) {
        var summary = new Paragraph(report.total() == 0
                ? "No incidents at a recorded place between " + Plain.day(report.period().from()) + " and "
                        + Plain.day(report.period().to()) + " or in the period before."
                : Plain.count(report.total(), "place", "places") + " with harm between "
                        + Plain.day(report.period().from()) + " and " + Plain.day(report.period().to())
                        + " or in the period before, highest first.");
        summary.setId("hotspot-total");
        var grid = new Grid<HotspotReports.Hotspot>();
        grid.setId("hotspot-list");
        grid.setAriaLabel("Hotspots ranked by harm");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(HotspotReports.Hotspot::rank).setHeader("Rank").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<HotspotReports.Hotspot>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", h -> "places/" + h.place().id() + "?" + Plain.query(report.period())
                                .getQueryString())
                        .withProperty("name", h -> h.place().name()))
                .setHeader("Place").setFlexGrow(3);
        grid.addColumn(h -> Plain.trend(h.trend())).setHeader("Trend").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HotspotReports.Hotspot::incidentCount).setHeader("Incidents").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(h -> Plain.score(h.score())).setHeader("Harm").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(report.hotspots());
        grid.setAllRowsVisible(report.hotspots().size() <= 12);
        grid.setHeight(report.hotspots().size() <= 12 ? null : "34em");
        grid.addItemClickListener(click -> open(click.getItem().place().id(), "hotspot", report.period()));
        grid.setVisible(!report.hotspots().isEmpty());
        return new Div(summary, grid);
    }

    private Div nearRepeats(HotspotReports.Hotspots report) {
        if (report.nearRepeats().isEmpty()) {
            return new Div(Plain.section("Near-repeat series", new Paragraph("No near-repeat series in this period.")));
        }
        var lines = report.nearRepeats().stream().map(n -> n.place().name() + ": " + Plain.day(n.first().date())
                + " (" + n.first().incident() + "), then " + Plain.count(n.repeats().size(), "more incident",
                "more incidents") + " close by within " + settings.nearRepeatDays() + " days")
                .collect(Collectors.joining("\n"));
        var text = new Paragraph(lines);
        text.getStyle().set("white-space", "pre-line");
        return new Div(Plain.section("Near-repeat series", text));
    }

    private void open(String placeId, String kind, HotspotReports.Period period) {
        Viewer viewer = Viewer.current();
        boolean school = "school".equals(kind) && NeedToKnow.sees(viewer, NeedToKnow.Fact.SCHOOL_VIEW)
                && (NeedToKnow.reach(viewer, NeedToKnow.Fact.SCHOOL_VIEW) == NeedToKnow.Reach.ALL
                        || viewer.coversSchool(placeId));
        String route = (school ? "schools/" : "places/") + placeId;
        getUI().ifPresent(ui -> ui.navigate(route, Plain.query(period)));
    }
}
