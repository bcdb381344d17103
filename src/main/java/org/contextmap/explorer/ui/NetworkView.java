package org.contextmap.explorer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Viewer;
import org.contextmap.explorer.CityPicture;
import org.contextmap.explorer.NetworkPicture;
import org.contextmap.explorer.PlaceNodes;
import org.contextmap.explorer.PlacesInPicture;
import org.contextmap.network.centrality.GroupAnalytics;
import org.contextmap.network.cluster.ClusterAnalytics;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.network.ego.EgoNetworks;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;

/**
 * The network explorer. {@code /network}: the whole city aggregated into peer groups;
 * {@code /network?person=ID&hops=2&asOf=D}: a child's ego network to 1–3 steps as known on a day;
 * {@code /network?group=ID}: one peer group's associates. Each is an address a case note can link
 * to; moving the time slider or changing the steps keeps the address in step.
 */
@Route("network")
@PageTitle("Network · ContextMap")
@Menu(title = "Network explorer", order = 3, icon = "vaadin:connect")
@PermitAll
public class NetworkView extends VerticalLayout implements BeforeEnterObserver {

    static final int MAX_PEOPLE = 500;

    private final EgoNetworks egoNetworks;
    private final GroupAnalytics groups;
    private final ClusterAnalytics clusters;
    private final RiskService risk;
    private final PlacesInPicture placesIn;

    private final H2 heading = new H2("Network");
    private final Paragraph about = new Paragraph();
    private final Span status = new Span();
    private final NetworkCanvas canvas = new NetworkCanvas();
    private final SelectionPanel details;
    private final Controls controls;
    private final NetworkTable table = new NetworkTable();
    private final TabSheet tabs = new TabSheet();

    private String personId;
    private String groupId;
    private int hops = 2;
    private LocalDate asOf;
    private Map<String, String> hover = Map.of();
    private EgoNetwork shown;
    private Map<String, RiskReports.Marker> markers = Map.of();
    /** The places of the network shown, once looked up ({@code null} before). */
    private PlacesInPicture.Shown places;
    private long workedOut;
    private boolean freshAddress;

    public NetworkView(EgoNetworks egoNetworks, GroupAnalytics groups, ClusterAnalytics clusters, RiskService risk,
            PlacesInPicture placesIn) {
        this.egoNetworks = egoNetworks;
        this.placesIn = placesIn;
        this.groups = groups;
        this.clusters = clusters;
        this.risk = risk;
        setSizeFull();
        heading.setId("network-heading");
        about.addClassName("cm-provenance");
        about.setId("network-about");
        status.setId("network-status");
        status.getElement().setAttribute("aria-live", "polite");
        details = new SelectionPanel(this::openPerson, this::openGroup,
                id -> UI.getCurrent().navigate("places/" + PlaceNodes.placeId(id)));
        controls = new Controls(this::redraw, this::moveTo, this::changeHops, this::highlight, canvas);
        canvas.setId("network-canvas");
        canvas.setWidthFull();
        canvas.setHeight("62vh");
        canvas.onNodeClick(id -> details.show(id, hover.get(id), shown == null ? null : kindOf(id)));
        canvas.onEdgeClick(id -> details.show(id, hover.get(id), "tie"));
        canvas.onDrawn(counts -> status.setText(counts[0] + " people and groups and " + counts[1]
                + " ties: worked out in " + workedOut + " ms, drawn in " + counts[2] + " ms." + controls.hiddenNote()));
        var picture = new HorizontalLayout(canvas, details);
        picture.addClassName("cm-network-picture");
        picture.setWidthFull();
        picture.setFlexGrow(1, canvas);
        tabs.setWidthFull();
        tabs.add("Picture", picture);
        var tableTab = tabs.add("Table", table);
        tabs.addSelectedChangeListener(change -> table.shown(change.getSelectedTab() == tableTab));
        add(heading, about, controls, status, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        personId = query.getSingleParameter("person").filter(s -> !s.isBlank()).orElse(null);
        groupId = personId != null ? null : query.getSingleParameter("group").filter(s -> !s.isBlank()).orElse(null);
        hops = query.getSingleParameter("hops").map(NetworkView::number).filter(n -> n >= 1 && n <= 3).orElse(2);
        asOf = query.getSingleParameter("asOf").map(NetworkView::day).orElse(null);
        controls.showing(personId != null, groupId != null, hops, asOf);
        freshAddress = true;
        draw(false);
    }

    private void draw(boolean keepPlaces) {
        long began = System.nanoTime();
        try {
            drawOrSay(keepPlaces);
        } finally {
            workedOut = (System.nanoTime() - began) / 1_000_000;
            canvas.getElement().setAttribute("data-server-ms", String.valueOf(workedOut));
        }
    }

    private void drawOrSay(boolean keepPlaces) {
        details.clear();
        pictureShown(true);
        try {
            if (personId == null && groupId == null) {
                drawCity();
            } else {
                Optional<EgoNetwork> network = personId != null
                        ? egoNetworks.around(personId, hops, MAX_PEOPLE, asOf, Viewer.current().user(), "ui")
                        : egoNetworks.ofGroup(groupId, MAX_PEOPLE, asOf);
                if (network.isEmpty()) {
                    heading.setText("Nothing to draw");
                    about.setText("There is no " + (personId != null ? "young person with id " + personId
                            : "peer group with id " + groupId) + ". Check the id, or search for them by name.");
                    canvas.draw(List.of(), false);
                    pictureShown(false);
                    return;
                }
                shown = network.get();
                markers = markersOf(shown);
                if (freshAddress) {
                    // places beside a small network; a large one is crowded enough (they can be ticked on)
                    controls.showPlaces(shown.nodes().size() <= NetworkPicture.IN_RINGS);
                    freshAddress = false;
                }
                places = null;
                controls.choicesFrom(shown);
                drawEgo(keepPlaces);
            }
        } catch (ForbiddenException refused) {
            heading.setText("This network is not open to your role");
            about.setText(refused.getMessage());
            canvas.draw(List.of(), false);
            pictureShown(false);
        }
    }

    /** With nothing to draw (no such child, or not open to the role) the controls and the empty picture go. */
    private void pictureShown(boolean shown) {
        controls.setVisible(shown);
        status.setVisible(shown);
        tabs.setVisible(shown);
    }

    private void drawCity() {
        shown = null;
        var report = groups.groups(asOf);
        CityPicture.Drawn drawn = CityPicture.of(report);
        heading.setText("The city's network, by peer group");
        about.setText("Each peer group is one node, sized by the young people associated with it (association, "
                + "not membership). Red solid lines are recorded conflicts, green dashed lines alliances, grey lines "
                + "associates the groups share. Select a group to open its own network. As known on "
                + report.asOf() + ".");
        hover = drawn.hover();
        table.showGroups(drawn.groups());
        canvas.draw(drawn.elements(), false);
    }

    private void drawEgo(boolean keepPlaces) {
        if (controls.options().places() && places == null) {
            // looked up only when drawn: a large network starts without them
            places = placesIn.of(shown.nodes().stream().filter(n -> "person".equals(n.kind()))
                    .map(EgoNetwork.Node::id).toList(), asOf);
        }
        NetworkPicture.Drawn drawn = NetworkPicture.of(shown, markers, controls.options(),
                places == null ? List.of() : places.links());
        String centre = shown.nodes().stream().filter(n -> n.id().equals(shown.personId())).map(EgoNetwork.Node::label)
                .findFirst().orElse(shown.personId());
        heading.setText(personId != null ? "Network around " + centre : "Network of the peer group " + centre);
        about.setText((personId != null ? "Young people within " + hops + (hops == 1 ? " tie" : " ties")
                + " of " + centre : "Young people associated with this group (association, not membership)")
                + ", as known on " + shown.asOf() + ". Colour shows peer group, size the chosen measure; victims of "
                + "recorded incidents are diamonds with a double border and say so. "
                + (shown.truncated() ? "Only the nearest " + MAX_PEOPLE + " are drawn. " : "")
                + (shown.behind() == null ? "" : shown.behind())
                + (drawn.inRings() ? "They are drawn in rings by steps from the child; the people of a peer group sit "
                        + "together on their ring in its colour (the table names each one's groups). " : "")
                + (controls.options().places() ? " Triangles are places where incidents involving them happened in "
                        + "the 12 months before. " + (places == null || places.note() == null ? "" : places.note())
                        : ""));
        hover = drawn.hover();
        controls.hidden(drawn.tiesHidden());
        table.showPeople(drawn.people());
        canvas.draw(drawn.elements(), keepPlaces);
        highlight(controls.highlightChoice());
    }

    private Map<String, RiskReports.Marker> markersOf(EgoNetwork network) {
        try {
            return risk.markers(network.nodes().stream().filter(n -> "person".equals(n.kind()))
                    .map(EgoNetwork.Node::id).toList(), asOf);
        } catch (ForbiddenException notForThisRole) {
            return Map.of(); // a role that may not see risk sees the network without it
        }
    }

    private String kindOf(String id) {
        if (PlaceNodes.isPlace(id)) {
            return "place";
        }
        return shown.nodes().stream().filter(n -> n.id().equals(id)).map(EgoNetwork.Node::kind).findFirst().orElse(null);
    }

    private void redraw() {
        if (shown != null) {
            drawEgo(false);
        }
    }

    private void moveTo(LocalDate day) {
        asOf = day;
        keepAddress();
        draw(true);
    }

    private void changeHops(int steps) {
        hops = steps;
        keepAddress();
        draw(false);
    }

    private void highlight(String choice) {
        var highlighted = new Highlights(clusters, shown, asOf);
        canvas.mark("cm-highlight", "cluster".equals(choice) ? highlighted.centresCluster() : List.of());
        canvas.mark("cm-bridge", "bridges".equals(choice) ? highlighted.bridges() : List.of());
    }

    private void openPerson(String id) {
        UI.getCurrent().navigate("people/" + id);
    }

    private void openGroup(String id, boolean network) {
        if (network) {
            UI.getCurrent().navigate(NetworkView.class, QueryParameters.simple(Map.of("group", id)));
        } else {
            UI.getCurrent().navigate("groups/" + id);
        }
    }

    /** The address bar says what is drawn, without a new history entry for every move of the slider. */
    private void keepAddress() {
        Map<String, String> query = new LinkedHashMap<>();
        if (personId != null) {
            query.put("person", personId);
            query.put("hops", String.valueOf(hops));
        }
        if (groupId != null) {
            query.put("group", groupId);
        }
        if (asOf != null) {
            query.put("asOf", asOf.toString());
        }
        String location = "network" + (query.isEmpty() ? "" : "?" + QueryParameters.simple(query).getQueryString());
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static LocalDate day(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            return day.isAfter(LocalDate.now()) || day.equals(LocalDate.now()) ? null : day;
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
