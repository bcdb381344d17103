package org.contextmap.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.base.Agency;
import org.contextmap.base.Trend;
import org.contextmap.incident.HarmWeights;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.place.LocationType;
import org.junit.jupiter.api.Test;

/** Hotspots, trends, the grid, near repeats and the school's view on small maps with known answers. */
class HotspotsTest {

    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final HotspotSettings SETTINGS = HotspotSettings.DEFAULTS;

    /** A bus station and a park 2 km apart, a library 3 km away, a school next to the bus station. */
    private static HarmMap.Builder town() {
        return HarmMap.builder(HarmWeights.DEFAULTS)
                .place("BUS", "Bus station", LocationType.TRANSPORT_HUB, 52.0000, -1.0000)
                .place("PARK", "Mill Park", LocationType.PARK, 52.0180, -1.0000)
                .place("LIB", "Library", LocationType.OTHER, 51.9730, -1.0000)
                .place("SCH", "Ashbury Academy", LocationType.SCHOOL, 52.0010, -1.0000)
                .place("HOME-N", "Northgate", LocationType.HOME_AREA, 52.0300, -1.0000)
                .place("HOME-E", "Eastfield", LocationType.HOME_AREA, 52.0010, -0.9500);
    }

    private static HarmMap.Builder stabbing(HarmMap.Builder map, String id, LocalDate day, String place) {
        return map.incident(id, day, IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE, place, Agency.POLICE,
                "Knife injury, police report " + id);
    }

    private static HarmMap.Builder minorAssault(HarmMap.Builder map, String id, LocalDate day, String place) {
        return map.incident(id, day, IncidentType.ASSAULT, Severity.LOW, Weapon.NONE, place, Agency.EDUCATION,
                "Pushed over " + id);
    }

    @Test
    void twoKnifeInjuriesAtTheBusStationOutrankOneMinorAssaultInThePark() {
        HarmMap map = minorAssault(stabbing(stabbing(town(), "K1", TO.minusDays(40), "BUS"), "K2", TO.minusDays(20),
                "BUS"), "A1", TO.minusDays(5), "PARK").build();
        List<Hotspots.Hotspot> ranked = Hotspots.rank(map, FROM, TO, SETTINGS);
        assertThat(ranked).extracting(h -> h.place().id()).containsExactly("BUS", "PARK");
        assertThat(ranked.getFirst().score()).isGreaterThan(ranked.get(1).score());
        assertThat(ranked.getFirst().current()).isCloseTo(2 * 1.5, within(1e-12));
    }

    @Test
    void anEmptyPlaceScoresZero() {
        HarmMap map = stabbing(town(), "K1", TO.minusDays(4), "BUS").build();
        HarmMapReports reports = new HarmMapReports(map, SETTINGS);
        assertThat(Hotspots.rank(map, FROM, TO, SETTINGS)).extracting(h -> h.place().id()).containsExactly("BUS");
        HotspotReports.AreaRisk library = reports.place(map.place("LIB"), FROM, TO);
        assertThat(library.score()).isZero();
        assertThat(library.nearby()).isEmpty();
        assertThat(library.recent()).isEmpty();
    }

    @Test
    void recentHarmWeighsMoreAndTheTrendFlipsWhenIncidentsMove() {
        HarmMap later = stabbing(stabbing(town(), "K1", TO.minusDays(10), "BUS"), "K2", TO.minusDays(30), "BUS")
                .build();
        HarmMap earlier = stabbing(stabbing(town(), "K1", FROM.minusDays(10), "BUS"), "K2", FROM.minusDays(30), "BUS")
                .build();
        Hotspots.Hotspot rising = Hotspots.rank(later, FROM, TO, SETTINGS).getFirst();
        Hotspots.Hotspot falling = Hotspots.rank(earlier, FROM, TO, SETTINGS).getFirst();
        assertThat(rising.trend()).isEqualTo(Trend.RISING);
        assertThat(rising.current()).isEqualTo(3.0);
        assertThat(rising.previous()).isZero();
        assertThat(falling.trend()).isEqualTo(Trend.FALLING);
        assertThat(falling.current()).isZero();
        assertThat(falling.previous()).isEqualTo(3.0);
        assertThat(falling.score()).isZero();

        HarmMap recent = stabbing(town(), "K1", TO.minusDays(1), "BUS").build();
        HarmMap old = stabbing(town(), "K1", FROM.plusDays(1), "BUS").build();
        assertThat(Hotspots.rank(recent, FROM, TO, SETTINGS).getFirst().score())
                .isGreaterThan(Hotspots.rank(old, FROM, TO, SETTINGS).getFirst().score());
    }

    @Test
    void harmSpreadOverNearbyPlacesShowsUpAsOneArea() {
        HarmMap.Builder builder = town().place("SHOP", "Corner shop", LocationType.SHOP, 52.0018, -1.0000);
        HarmMap map = stabbing(stabbing(builder, "K1", TO.minusDays(3), "BUS"), "K2", TO.minusDays(3), "SHOP").build();
        List<Hotspots.Cell> cells = Hotspots.grid(map, FROM, TO, SETTINGS, 10);
        double alone = Hotspots.grid(stabbing(town(), "K1", TO.minusDays(3), "BUS").build(), FROM, TO, SETTINGS, 1)
                .getFirst().density();
        Hotspots.Cell top = cells.getFirst();
        assertThat(top.density()).isGreaterThan(1.5 * alone);
        double[] between = map.project(52.0009, -1.0000);
        assertThat(Math.hypot(top.x() - between[0], top.y() - between[1])).isLessThan(SETTINGS.cellMetres());
    }

    @Test
    void nearRepeatsAreCloseInSpaceAndTime() {
        HarmMap.Builder builder = town().place("SHOP", "Corner shop", LocationType.SHOP, 52.0027, -1.0000);
        HarmMap map = stabbing(stabbing(stabbing(stabbing(builder, "K1", TO.minusDays(30), "BUS"), "K2",
                TO.minusDays(25), "SHOP"), "K3", TO.minusDays(24), "PARK"), "K4", TO.minusDays(5), "BUS").build();
        List<Hotspots.NearRepeat> series = Hotspots.nearRepeats(map, FROM, TO, SETTINGS);
        assertThat(series).singleElement().satisfies(s -> {
            assertThat(map.incidents().get(s.first()).id()).isEqualTo("K1");
            assertThat(s.repeats()).extracting(i -> map.incidents().get(i).id()).containsExactly("K2");
        });
    }

    @Test
    void aSchoolSeesHotspotsNearItAndOnPupilsJourneysButNoSummaryOrName() {
        HarmMap.Builder builder = town()
                .person("P1", "Pupil Northgate", "HOME-N", "SCH")
                .person("P2", "Pupil Eastfield", "HOME-E", "SCH")
                .person("X1", "Outsider Olu", null, null)
                .group("G1", "Northgate group").group("G2", "Millfield group")
                .association("P1", "G1", null).association("X1", "G2", null);
        stabbing(builder, "K1", TO.minusDays(10), "BUS").party("K1", "P2", Role.VICTIM).party("K1", "X1", Role.SUSPECT);
        stabbing(builder, "K2", TO.minusDays(12), "PARK").party("K2", "X1", Role.VICTIM);
        stabbing(builder, "K3", TO.minusDays(12), "LIB");
        HarmMap map = builder.build();
        List<CommunityTensions.Pair> tensions = List.of(new CommunityTensions.Pair("G1", "Northgate group", "G2",
                "Millfield group", "In conflict", 3.0, 0.5, Trend.RISING, 2));

        HotspotReports.SchoolView view = new HarmMapReports(map, SETTINGS).school(map.place("SCH"), FROM, TO, tensions);

        assertThat(view.pupils()).isEqualTo(2);
        assertThat(view.pupilsHarmed()).isEqualTo(1);
        assertThat(view.hotspots()).extracting(h -> h.place().id()).containsExactlyInAnyOrder("BUS", "PARK");
        assertThat(view.hotspots()).filteredOn(h -> h.place().id().equals("PARK")).singleElement()
                .satisfies(h -> {
                    assertThat(h.nearSchool()).isFalse();
                    assertThat(h.pupilsOnJourney()).isEqualTo(1);
                });
        assertThat(view.tensions()).singleElement().satisfies(t -> assertThat(t.pupilsAssociated()).isEqualTo(1));
        assertThat(view.pupilsAssociatedWithGroupsInTension()).isEqualTo(1);
        String everything = view.toString();
        assertThat(everything).doesNotContain("Knife injury", "police report", "Outsider", "Olu", "Pupil",
                "X1", "K1", "K2");
    }

    @Test
    void anAddressSeesCountsAndPlacesButNoIncidentDetail() {
        HarmMap map = stabbing(town(), "K1", TO.minusDays(3), "BUS").party("K1", "X", Role.SUSPECT).build();
        HotspotReports.AreaRisk around = new HarmMapReports(map, SETTINGS).address(52.0005, -1.0000, 500, FROM, TO);
        assertThat(around.nearby()).extracting(h -> h.place().id()).containsExactly("BUS");
        assertThat(around.byType()).containsEntry("Stabbing", 1);
        assertThat(around.recent()).isEmpty();
        assertThat(around.toString()).doesNotContain("Knife injury");
    }
}
