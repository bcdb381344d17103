package org.contextmap.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.contextmap.risk.model.RiskWorld.DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.RelationshipKind;
import org.junit.jupiter.api.Test;

/** The retaliation-risk model on hand-built worlds with known answers. */
class RetaliationRiskTest {

    private static final RiskParameters NO_PERSISTENCE = RiskWorld.parameters(0.0, 1.5);

    /** a - b - c - d in a line, e alone; a assaulted by s, who has no ties. */
    private static RiskWorld line() {
        return new RiskWorld().people("a", "b", "c", "d", "e", "s").path("a", "b", "c", "d")
                .assault("i1", DAY, "a", "s");
    }

    @Test
    void theScoreDecaysMonotonicallyWithTime() {
        RiskWorld world = line();
        double previous = Double.MAX_VALUE;
        for (int days : new int[] {0, 1, 10, 30, 90, 200, 500}) {
            double score = world.score("b", DAY.plusDays(days));
            assertThat(score).isPositive().isLessThan(previous);
            previous = score;
        }
        RiskParameters p = RiskParameters.DEFAULTS;
        assertThat(world.score("b", DAY.plusDays(125)) / world.score("b", DAY)).isCloseTo(Math.exp(-1), within(1e-12));
        assertThat(world.score("b", DAY.plusDays(p.horizonDays() + 1))).isZero();
    }

    @Test
    void oneStepOutweighsTwoStepsAndTheUnconnectedScoreNothing() {
        RetaliationRisk model = line().model(DAY);
        double[] scores = model.scores();
        double b = scores[model.graph().vertex("b")];
        double c = scores[model.graph().vertex("c")];
        assertThat(b).isGreaterThan(c);
        assertThat(c).isPositive();
        assertThat(c / b).isCloseTo(0.43, within(1e-12));
        assertThat(scores[model.graph().vertex("d")]).as("three steps, beyond maxHops").isZero();
        assertThat(scores[model.graph().vertex("e")]).as("unconnected").isZero();
    }

    @Test
    void harmBetweenRivalGroupsWeighsMoreThanBetweenUnrelatedOnes() {
        RiskWorld world = new RiskWorld().with(NO_PERSISTENCE).people("v1", "f1", "v2", "f2", "rival", "other")
                .path("v1", "f1").path("v2", "f2")
                .group("G1", "v1", "v2").group("G2", "rival").group("G3", "other").conflict("G1", "G2")
                .assault("i1", DAY, "v1", "rival").assault("i2", DAY, "v2", "other");
        double rivals = world.score("f1", DAY);
        double unrelated = world.score("f2", DAY);
        assertThat(rivals).isGreaterThan(unrelated);
        assertThat(rivals / unrelated).isCloseTo(RiskParameters.DEFAULTS.conflictFactor(), within(1e-12));
        List<Contribution> why = world.model(DAY).explain(world.model(DAY).graph().vertex("f1"));
        assertThat(why.getFirst().rivals()).containsExactly("G1", "G2");
    }

    @Test
    void aStabbingWeighsMoreThanAThreat() {
        RiskWorld world = new RiskWorld().people("v1", "f1", "v2", "f2", "s").path("v1", "f1").path("v2", "f2")
                .incident("stab", DAY, IncidentType.STABBING, Severity.SERIOUS, Weapon.KNIFE, List.of("v1"),
                        List.of("s"))
                .incident("threat", DAY, IncidentType.THREAT, Severity.LOW, Weapon.KNIFE, List.of("v2"), List.of("s"));
        assertThat(world.score("f1", DAY)).isGreaterThan(world.score("f2", DAY));
        assertThat(world.score("v1", DAY)).isGreaterThan(world.score("v2", DAY));
    }

    @Test
    void anIncidentAfterTheDayIsIgnored() {
        RiskWorld world = line();
        RetaliationRisk before = world.model(DAY.minusDays(1));
        assertThat(before.scores()).containsOnly(0.0);
        assertThat(before.explain(before.graph().vertex("b"))).isEmpty();
        assertThat(world.score("b", DAY)).as("counted on its own day").isPositive();
    }

    @Test
    void anExplanationNamesThePathAndTheTies() {
        RiskWorld world = new RiskWorld().people("a", "b", "c", "s").tie("a", "b", RelationshipKind.SIBLING)
                .tie("a", "b", RelationshipKind.CO_OFFENDER).tie("b", "c", RelationshipKind.FRIEND)
                .assault("i1", DAY.minusDays(10), "a", "s");
        RetaliationRisk model = world.model(DAY);
        List<Contribution> why = model.explain(model.graph().vertex("c"));
        assertThat(why).hasSize(1);
        Contribution c = why.getFirst();
        assertThat(c.incidentId()).isEqualTo("i1");
        assertThat(c.partyRole()).isEqualTo(Role.VICTIM);
        assertThat(c.distance()).isEqualTo(2);
        assertThat(c.path()).extracting(Contribution.Step::personId).containsExactly("a", "b", "c");
        assertThat(c.path().get(1).tie()).containsExactly(RelationshipKind.SIBLING, RelationshipKind.CO_OFFENDER);
        assertThat(c.path().get(2).tie()).containsExactly(RelationshipKind.FRIEND);
        assertThat(c.decay()).isCloseTo(Math.exp(-10 / 125.0), within(1e-12));
        assertThat(c.weight()).isCloseTo(model.scores()[model.graph().vertex("c")], within(1e-12));
    }

    @Test
    void sharingAGroupWithASuspectIsARouteOfItsOwn() {
        RiskWorld world = new RiskWorld().with(NO_PERSISTENCE).people("v", "s", "m").group("G", "s", "m")
                .assault("i1", DAY, "v", "s");
        RetaliationRisk model = world.model(DAY);
        List<Contribution> why = model.explain(model.graph().vertex("m"));
        assertThat(why).singleElement().satisfies(c -> {
            assertThat(c.viaGroup()).isEqualTo("G");
            assertThat(c.partyRole()).isEqualTo(Role.SUSPECT);
            assertThat(c.reach()).isEqualTo(RiskParameters.DEFAULTS.groupFactor());
        });
        assertThat(model.explain(model.graph().vertex("v")).getFirst().partyRole()).isEqualTo(Role.VICTIM);
    }

    @Test
    void aSecondHarmWithinTenMonthsIsARepeatVictimisation() {
        RiskWorld world = new RiskWorld().with(NO_PERSISTENCE).people("v", "s").assault("i1", DAY.minusDays(200), "v", "s")
                .assault("i2", DAY, "v", "s");
        RetaliationRisk model = world.model(DAY);
        List<Contribution> why = model.explain(model.graph().vertex("v"));
        assertThat(why).filteredOn(c -> c.incidentId().equals("i2")).singleElement()
                .satisfies(c -> {
                    assertThat(c.repeat()).isTrue();
                    assertThat(c.reach()).isEqualTo(1.5);
                });
        assertThat(why).filteredOn(c -> c.incidentId().equals("i1")).singleElement()
                .satisfies(c -> assertThat(c.repeat()).isFalse());
    }

    @Test
    void aChildWhoDiedIsNotListedAtRiskButTheirFriendsAre() {
        RiskWorld world = new RiskWorld().people("v", "f", "s").path("v", "f")
                .incident("i1", DAY, IncidentType.SHOOTING, Severity.FATAL, Weapon.FIREARM, List.of("v"), List.of("s"));
        assertThat(world.score("v", DAY)).as("through their own harm").isZero();
        assertThat(world.score("f", DAY)).isPositive();
        assertThat(world.score("s", DAY)).isPositive();
    }

    @Test
    void persistenceKeepsAPartysOwnHarmCountingAfterItHasDecayed() {
        RiskWorld world = line();
        double late = world.score("a", DAY.plusDays(700));
        assertThat(late).isGreaterThan(RiskParameters.DEFAULTS.persistence());
        assertThat(world.score("b", DAY.plusDays(700))).isLessThan(0.01);
    }

    @Test
    void contributionsAddUpToEveryScoreOnARandomCity() {
        Random random = new Random(7);
        RiskWorld world = new RiskWorld();
        int n = 300;
        for (int v = 0; v < n; v++) {
            world.people(String.format("p%03d", v));
        }
        for (int e = 0; e < 600; e++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                world.tie(String.format("p%03d", a), String.format("p%03d", b),
                        RelationshipKind.values()[random.nextInt(RelationshipKind.values().length)]);
            }
        }
        for (int g = 0; g < 6; g++) {
            List<String> members = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                members.add(String.format("p%03d", random.nextInt(n)));
            }
            world.group("G" + g, members.toArray(String[]::new));
        }
        world.conflict("G0", "G1").conflict("G2", "G3");
        for (int i = 0; i < 400; i++) {
            List<String> victims = List.of(String.format("p%03d", random.nextInt(n)));
            List<String> suspects = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                suspects.add(String.format("p%03d", random.nextInt(n)));
            }
            world.incident("i" + i, DAY.minusDays(random.nextInt(800)),
                    IncidentType.values()[random.nextInt(5)], Severity.values()[random.nextInt(5)],
                    Weapon.values()[random.nextInt(5)], victims, suspects);
        }
        RetaliationRisk model = world.model(DAY);
        double[] scores = model.scores();
        int scored = 0;
        for (int v = 0; v < n; v++) {
            double sum = model.explain(v).stream().mapToDouble(Contribution::weight).sum();
            assertThat(sum).as("person %s", model.graph().id(v)).isCloseTo(scores[v], within(1e-9 * (1 + scores[v])));
            if (scores[v] > 0) {
                scored++;
            }
        }
        assertThat(scored).isGreaterThan(n / 2);
    }

    @Test
    void addingAnIncidentToTheScoresEqualsRecomputingThem() {
        RiskWorld world = line();
        RetaliationRisk before = world.model(DAY);
        double[] scores = before.scores();
        world.assault("i2", DAY, "c", "e");
        RetaliationRisk after = world.model(DAY);
        after.addTo(scores, after.history().index("i2"), 1);
        assertThat(scores).containsExactly(after.scores(), within(1e-12));
        after.addTo(scores, after.history().index("i2"), -1);
        assertThat(scores).containsExactly(before.scores(), within(1e-12));
    }

    @Test
    void bandsFollowTheDocumentedMultiplesOfTheAverage() {
        RiskParameters p = RiskParameters.DEFAULTS;
        assertThat(p.band(2.0, 4.0)).isEqualTo(RiskBand.HIGH);
        assertThat(p.band(2.0, 3.99)).isEqualTo(RiskBand.MEDIUM);
        assertThat(p.band(2.0, 2.0)).isEqualTo(RiskBand.MEDIUM);
        assertThat(p.band(2.0, 1.99)).isEqualTo(RiskBand.LOW);
        assertThat(p.band(0.001, null)).as("no calibration yet: harm nearby, no probability").isEqualTo(RiskBand.LOW);
        assertThat(p.band(0, 9.0)).as("no harm reaches the child: never high").isEqualTo(RiskBand.NONE);
    }

    @Test
    void onlyHarmfulTypesCount() {
        RiskWorld world = new RiskWorld().people("v", "s")
                .incident("m", DAY, IncidentType.MISSING_EPISODE, Severity.LOW, Weapon.NONE, List.of("v"), List.of())
                .incident("w", DAY, IncidentType.WEAPON_POSSESSION, Severity.LOW, Weapon.KNIFE, List.of(), List.of("s"));
        RetaliationRisk model = world.model(DAY);
        assertThat(model.history().size()).isZero();
        assertThat(model.scores()).containsOnly(0.0);
    }

    @Test
    void parametersRefuseNonsense() {
        assertThatThrownBy(() -> new RiskParameters(-1.0, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("contextmap.risk.decay-days must be positive");
        assertThatThrownBy(() -> new RiskParameters(null, 1.5, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("distance-factor must be between 0 and 1");
        assertThat(LocalDate.of(2026, 1, 1)).isBefore(DAY);
    }
}
