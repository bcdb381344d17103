package org.contextmap.hotspot.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.contextmap.hotspot.HotspotReports;
import org.contextmap.place.Location;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hotspot map: the {@code <cm-map>} element of {@code frontend/src/cm-map.ts} (Leaflet and
 * leaflet.heat from npm; no Vaadin 25 map add-on resolves here). The server sends it one JSON
 * document — hotspots, harm grid, schools, near-repeat series, tile URL — and hears back which
 * place was opened. It draws without tiles when tiles cannot load and says how many points it drew
 * in {@code data-points}.
 */
@Tag("cm-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.heat", version = "1.0.0")
@JsModule("./src/cm-map.ts")
public class HotspotMap extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A hotspot as the element draws it. */
    record Spot(String id, String name, String type, double lat, double lon, int rank, String trend,
            String trendLabel, int incidents) {
    }

    /** A school, or a place with a near-repeat series ({@code count} incidents in the series). */
    record Point(String id, String name, double lat, double lon, int count) {
    }

    /** Everything the element draws. */
    record Data(String tileUrl, String attribution, List<Spot> hotspots, List<Point> schools, List<Point> repeats,
            List<double[]> heat, int repeatMetres) {
    }

    public HotspotMap() {
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Map of hotspots and schools. The ranked list beside it says the same "
                + "in words.");
    }

    /** Draws hotspots, grid, schools and near repeats; points without coordinates are left out (the list has them). */
    public void show(MapSettings settings, HotspotReports.Hotspots report, List<Location> schools, int repeatMetres) {
        List<Spot> spots = report.hotspots().stream().filter(h -> located(h.place()))
                .map(h -> new Spot(h.place().id(), h.place().name(), h.place().type(), h.place().latitude(),
                        h.place().longitude(), h.rank(), h.trend().name(), h.trend().label(), h.incidentCount()))
                .toList();
        List<Point> schoolPoints = schools.stream().filter(s -> s.latitude() != null && s.longitude() != null)
                .map(s -> new Point(s.id(), s.name(), s.latitude(), s.longitude(), 0)).toList();
        Map<String, Point> repeats = new LinkedHashMap<>();
        for (HotspotReports.NearRepeat series : report.nearRepeats()) {
            HotspotReports.PlaceRef place = series.place();
            if (located(place)) {
                int count = series.repeats().size() + 1;
                repeats.merge(place.id(), new Point(place.id(), place.name(), place.latitude(), place.longitude(), count),
                        (a, b) -> new Point(a.id(), a.name(), a.lat(), a.lon(), a.count() + b.count()));
            }
        }
        List<double[]> heat = report.grid().stream()
                .map(c -> new double[] {c.latitude(), c.longitude(), c.density()}).toList();
        var data = new Data(settings.tileUrl(), settings.tileAttribution(), spots, schoolPoints,
                List.copyOf(repeats.values()), heat, repeatMetres);
        getElement().setProperty("data", JSON.writeValueAsString(data));
    }

    /** Pans to a place and opens its tooltip. */
    public void focus(String placeId) {
        getElement().callJsFunction("focusPlace", placeId);
    }

    /** Called with the place's id and {@code hotspot} or {@code school} when a marker is clicked or entered. */
    public Registration addPlaceOpenListener(BiConsumer<String, String> listener) {
        return getElement().addEventListener("cm-place-open", event -> listener.accept(
                        event.getEventData().get("event.detail.id").asString(),
                        event.getEventData().get("event.detail.kind").asString()))
                .addEventData("event.detail.id").addEventData("event.detail.kind");
    }

    private static boolean located(HotspotReports.PlaceRef place) {
        return place != null && place.latitude() != null && place.longitude() != null;
    }
}
