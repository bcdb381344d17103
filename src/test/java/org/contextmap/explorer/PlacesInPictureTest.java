package org.contextmap.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.network.ego.EgoNetworks;
import org.contextmap.place.IncidentPlace;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Places in the network picture, on the test bundle: Amira (YP1) was the victim of an assault in
 * Mill Park (P1) in January 2026 and of a stabbing there in September; Kai (YP3) is a suspect in
 * the assault; Yusuf (YP2) was in neither. The days asked for are fixed, so the test never ages.
 */
@IntegrationTest
class PlacesInPictureTest {

    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    PlacesInPicture places;

    @Autowired
    EgoNetworks networks;

    @BeforeEach
    void load() {
        graph.clear();
        assertThat(importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false).errors()).isEmpty();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachChildIsTiedToThePlacesOfTheirIncidentsInTheYearBeforeTheDayShown() {
        signIn("worker", "ROLE_SOCIAL_CARE");
        PlacesInPicture.Shown shown = places.of(List.of("YP1", "YP2", "YP3"), OCTOBER);
        assertThat(shown.note()).isNull();
        assertThat(shown.links()).extracting(IncidentPlace::personId, IncidentPlace::placeId, IncidentPlace::incidents,
                IncidentPlace::harmed).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("YP1", "P1", 2, true),
                        org.assertj.core.groups.Tuple.tuple("YP3", "P1", 1, false));
        assertThat(shown.links().getFirst().placeName()).isEqualTo("Mill Park");

        assertThat(places.of(List.of("YP1"), LocalDate.of(2026, 6, 1)).links()).singleElement()
                .extracting(IncidentPlace::incidents).isEqualTo(1);
    }

    @Test
    void aRoleThatDoesNotSeeIncidentsGetsNoPlacesAndIsToldWhy() {
        signIn("housing", "ROLE_HOUSING");
        PlacesInPicture.Shown shown = places.of(List.of("YP1", "YP3"), OCTOBER);
        assertThat(shown.links()).isEmpty();
        assertThat(shown.note()).contains("your role does not give access to incidents");
    }

    @Test
    void thePictureDrawsThePlaceAsATriangleTiedToEachChildWithTheirPart() {
        signIn("worker", "ROLE_SOCIAL_CARE");
        EgoNetwork network = networks.around("YP1", 2, 500, OCTOBER, "worker", "test").orElseThrow();
        List<IncidentPlace> links = places.of(List.of("YP1", "YP2", "YP3"), OCTOBER).links();

        NetworkPicture.Drawn drawn = NetworkPicture.of(network, Map.of(), PictureOptions.DEFAULT, links);
        Element place = drawn.elements().stream().filter(e -> e.id().equals("place:P1")).findFirst().orElseThrow();
        assertThat(place.data()).containsEntry("kind", "place").containsEntry("label", "Mill Park");
        assertThat(drawn.hover().get("place:P1")).contains("2 young people").contains("1 of them harmed here");
        assertThat(drawn.hover().get("e:YP1|place:P1|AT")).isEqualTo("Amira Hassan: 2 incidents at Mill Park, harmed "
                + "there (victim)");
        assertThat(drawn.hover()).containsKey("e:YP3|place:P1|AT").doesNotContainKey("e:YP2|place:P1|AT");

        PictureOptions without = new PictureOptions("degree", java.util.Set.of(), 3, java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), false);
        assertThat(NetworkPicture.of(network, Map.of(), without, links).elements())
                .noneMatch(e -> PlaceNodes.isPlace(e.id()) || e.id().endsWith("|AT"));
    }

    private static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority(role))));
    }
}
