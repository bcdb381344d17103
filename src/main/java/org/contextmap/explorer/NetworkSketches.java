package org.contextmap.explorer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Viewer;
import org.contextmap.explorer.ui.NetworkCanvas;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.network.ego.EgoNetworks;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;
import org.springframework.stereotype.Component;

/**
 * A small picture of the people one step from a child, for another feature's page (the safety
 * plan editor puts it beside the people to avoid): the explorer's picture with its defaults and a
 * link to the explorer for more. A role that may not see the network gets a sentence instead.
 */
@Component
public class NetworkSketches {

    private static final int MAX_PEOPLE = 60;

    private final EgoNetworks networks;
    private final RiskService risk;

    NetworkSketches(EgoNetworks networks, RiskService risk) {
        this.networks = networks;
        this.risk = risk;
    }

    /** The picture around a child, as known today. */
    public com.vaadin.flow.component.Component around(String personId) {
        var sketch = new VerticalLayout();
        sketch.setPadding(false);
        sketch.setId("network-sketch");
        try {
            LocalDate today = LocalDate.now();
            Optional<EgoNetwork> network = networks.around(personId, 1, MAX_PEOPLE, today, Viewer.current().user(),
                    "ui");
            if (network.isEmpty()) {
                sketch.add(new Paragraph("No ties recorded."));
                return sketch;
            }
            Map<String, RiskReports.Marker> markers;
            try {
                markers = risk.markers(network.get().nodes().stream().filter(n -> "person".equals(n.kind()))
                        .map(EgoNetwork.Node::id).toList(), today);
            } catch (ForbiddenException notForThisRole) {
                markers = Map.of();
            }
            NetworkPicture.Drawn drawn = NetworkPicture.of(network.get(), markers, PictureOptions.DEFAULT);
            var canvas = new NetworkCanvas();
            canvas.setWidthFull();
            canvas.setHeight("22em");
            canvas.draw(drawn.elements(), false);
            var caption = new Paragraph("The people one step from them and their groups: colour shows peer group; "
                    + "victims are diamonds; red lines are conflicts. ");
            caption.addClassName("cm-provenance");
            caption.add(new Anchor("network?person=" + personId + "&hops=2", "Open the network explorer"));
            sketch.add(canvas, caption);
        } catch (ForbiddenException refused) {
            sketch.add(new Paragraph("The network is not open to your role."));
        }
        return sketch;
    }
}
