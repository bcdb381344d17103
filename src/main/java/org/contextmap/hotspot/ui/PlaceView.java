package org.contextmap.hotspot.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.DataLoading;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.ui.LoadingBanner;
import org.contextmap.hotspot.HotspotReports;
import org.contextmap.hotspot.HotspotService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A place's page: the harm at and around it in a period and whether it is rising, the hotspots
 * near it, the groups whose associates were involved in harm there and its incidents, cut to what
 * the reader's role may read (incident summaries from the police only for the police). The
 * period comes from the address ({@code ?from=&to=}), as the map links to it.
 */
@Route("places/:placeId")
@PermitAll
public class PlaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HotspotService hotspots;
    private final DataLoading loading;
    private String title = "Place · ContextMap";

    public PlaceView(HotspotService hotspots, ObjectProvider<DataLoading> loading) {
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
        String id = event.getRouteParameters().get("placeId").orElse("");
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
            var banner = new LoadingBanner(loading, "The place appears here by itself when it is loaded.",
                    () -> open(id, from, to));
            add(banner);
            if (banner.waiting()) {
                return;
            }
        }
        open(id, from, to);
    }

    private void open(String id, LocalDate from, LocalDate to) {
        Optional<HotspotReports.AreaRisk> risk;
        try {
            risk = hotspots.place(id, from, to);
        } catch (ForbiddenException refused) {
            title = "Not open to your role · ContextMap";
            add(Plain.notOpen("This place's risk", refused.getMessage()));
            return;
        } catch (BadRequestException wrong) {
            add(new Paragraph(wrong.getMessage()));
            return;
        }
        risk.ifPresentOrElse(this::show, () -> {
            title = "Not found · ContextMap";
            add(new H2("No place with id " + id), new Paragraph("Check the id, or find the place on the map."));
        });
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
    }

    private void show(HotspotReports.AreaRisk risk) {
        HotspotReports.PlaceRef here = risk.here();
        title = here.name() + " · ContextMap";
        var heading = new H2(here.name());
        heading.setId("place-name");
        String where = here.latitude() == null ? "location not recorded"
                : String.format(Locale.UK, "%.4f, %.4f", here.latitude(), here.longitude());
        add(heading, new Paragraph(here.type() + " · id " + here.id() + " · " + where), Plain.behind(risk.behind()),
                AreaRiskParts.harm(risk, "the place"), AreaRiskParts.incidents(risk), AreaRiskParts.byType(risk.byType()),
                AreaRiskParts.nearby(risk, "the place"), AreaRiskParts.groups(risk));
    }
}
