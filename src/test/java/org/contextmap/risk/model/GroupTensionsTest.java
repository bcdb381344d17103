package org.contextmap.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.contextmap.risk.model.RiskWorld.DAY;

import java.util.List;
import org.contextmap.base.Trend;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupLink;
import org.junit.jupiter.api.Test;

/** Tension between groups: harm both ways, reciprocity, trend and the incidents behind it. */
class GroupTensionsTest {

    private static RiskWorld rivals() {
        return new RiskWorld().people("a1", "a2", "b1", "b2", "c1").group("A", "a1", "a2").group("B", "b1", "b2")
                .group("C", "c1").conflict("A", "B");
    }

    private static List<GroupTensions.Tension> tensions(RiskWorld world) {
        CompactGraph graph = world.graph();
        return GroupTensions.on(world.groups(graph), HarmHistory.of(graph, world.incidents, world.parameters),
                world.parameters, DAY, 10);
    }

    @Test
    void harmIsCountedInBothDirectionsWithItsReciprocity() {
        RiskWorld world = rivals().assault("i1", DAY.minusDays(5), "b1", "a1").assault("i2", DAY.minusDays(5), "b2", "a2")
                .assault("i3", DAY.minusDays(5), "a1", "b1");
        List<GroupTensions.Tension> tensions = tensions(world);
        assertThat(tensions).singleElement().satisfies(t -> {
            assertThat(t.groupA()).isEqualTo("A");
            assertThat(t.groupB()).isEqualTo("B");
            assertThat(t.relation()).isEqualTo(GroupLink.CONFLICT);
            assertThat(t.aToB()).isCloseTo(2 * t.bToA(), within(1e-12));
            assertThat(t.reciprocity()).isCloseTo(0.5, within(1e-12));
            assertThat(t.intensity()).isCloseTo(t.aToB() + t.bToA(), within(1e-12));
            assertThat(t.incidentCount()).isEqualTo(3);
            assertThat(t.incidents()).extracting(GroupTensions.IncidentBetweenGroups::suspectsGroup)
                    .containsOnly("A", "B");
        });
    }

    @Test
    void pairsAreRankedByIntensityAndAnUnrecordedPairStillShows() {
        RiskWorld world = rivals().assault("i1", DAY.minusDays(5), "b1", "a1")
                .incident("i2", DAY.minusDays(5), IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE, List.of("c1"),
                        List.of("a2"));
        List<GroupTensions.Tension> tensions = tensions(world);
        assertThat(tensions).extracting(t -> t.groupA() + t.groupB()).containsExactly("AC", "AB");
        assertThat(tensions.getFirst().relation()).isNull();
    }

    @Test
    void theTrendComparesTheLastPeriodWithTheOneBefore() {
        RiskWorld rising = rivals().assault("i1", DAY.minusDays(10), "b1", "a1").assault("i2", DAY.minusDays(20), "b2", "a2")
                .assault("i3", DAY.minusDays(120), "a1", "b1");
        assertThat(tensions(rising).getFirst().trend()).isEqualTo(Trend.RISING);
        assertThat(tensions(rising).getFirst().current()).isCloseTo(1.0, within(1e-12));
        assertThat(tensions(rising).getFirst().previous()).isCloseTo(0.5, within(1e-12));

        RiskWorld falling = rivals().assault("i1", DAY.minusDays(100), "b1", "a1")
                .assault("i2", DAY.minusDays(120), "b2", "a2").assault("i3", DAY.minusDays(10), "a1", "b1");
        assertThat(tensions(falling).getFirst().trend()).isEqualTo(Trend.FALLING);

        RiskWorld stable = rivals().assault("i1", DAY.minusDays(10), "b1", "a1").assault("i2", DAY.minusDays(100), "b2", "a2");
        assertThat(tensions(stable).getFirst().trend()).isEqualTo(Trend.STABLE);
    }

    @Test
    void harmWithinOneGroupOrAfterTheDayIsNotTension() {
        RiskWorld world = rivals().assault("i1", DAY.minusDays(5), "a2", "a1").assault("i2", DAY.plusDays(1), "b1", "a1");
        assertThat(tensions(world)).isEmpty();
    }
}
