package org.contextmap.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contextmap.network.ego.EgoNetwork;
import org.junit.jupiter.api.Test;

/**
 * A child's network as the picture draws it: a small one laid out by the browser with every line,
 * a large one placed in rings by the server, without a line from every person to their group.
 */
class NetworkPictureTest {

    @Test
    void aSmallNetworkKeepsItsAssociationLinesAndIsLaidOutInTheBrowser() {
        NetworkPicture.Drawn drawn = NetworkPicture.of(star(20), Map.of(), PictureOptions.DEFAULT);
        assertThat(drawn.inRings()).isFalse();
        assertThat(drawn.elements()).noneMatch(Element::placed);
        assertThat(drawn.elements()).filteredOn(e -> "ASSOCIATED_WITH".equals(e.data().get("kind"))).hasSize(21);
    }

    @Test
    void aLargeNetworkIsPlacedInRingsWithoutALineToEveryonesGroup() {
        NetworkPicture.Drawn drawn = NetworkPicture.of(star(NetworkPicture.IN_RINGS + 10), Map.of(),
                PictureOptions.DEFAULT);
        assertThat(drawn.inRings()).isTrue();
        assertThat(drawn.elements()).filteredOn(Element::node).allMatch(Element::placed);
        assertThat(drawn.elements()).noneMatch(e -> "ASSOCIATED_WITH".equals(e.data().get("kind")));
        assertThat(drawn.elements()).filteredOn(e -> "KNOWS".equals(e.data().get("kind")))
                .hasSize(NetworkPicture.IN_RINGS + 10);
        assertThat(drawn.people()).allMatch(row -> row.groups().equals("Northgate"));
    }

    /** A child tied to {@code n} others, everyone associated with one group. */
    private static EgoNetwork star(int n) {
        List<EgoNetwork.Node> nodes = new ArrayList<>();
        List<EgoNetwork.Link> links = new ArrayList<>();
        nodes.add(new EgoNetwork.Node("C", "person", "Centre", 0, List.of("G"), Map.of("degree", 1.0)));
        nodes.add(new EgoNetwork.Node("G", "group", "Northgate", null, List.of(), Map.of()));
        links.add(new EgoNetwork.Link("C", "G", "ASSOCIATED_WITH", List.of(), List.of(), null, null));
        for (int i = 0; i < n; i++) {
            nodes.add(new EgoNetwork.Node("P" + i, "person", "Person " + i, 1, List.of("G"), Map.of("degree", 0.1)));
            links.add(new EgoNetwork.Link("C", "P" + i, "KNOWS", List.of("Friend"), List.of("Police"), "Probable", null));
            links.add(new EgoNetwork.Link("P" + i, "G", "ASSOCIATED_WITH", List.of(), List.of(), null, null));
        }
        return new EgoNetwork("C", null, 1, false, nodes, links, null);
    }
}
