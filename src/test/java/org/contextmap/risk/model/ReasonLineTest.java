package org.contextmap.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.incident.Role;
import org.junit.jupiter.api.Test;

/**
 * The lines of an explanation are the routes of the full explanation gathered by what they are
 * about: on a generated city, for every child, the lines' weights add up to the score, each line
 * holds exactly the routes its kind and key say, and it names the incident that weighs most in it.
 */
class ReasonLineTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void linesGatherEveryRouteOnceByWhatItIsAbout() {
        RiskParameters parameters = RiskParameters.DEFAULTS;
        BundleNetwork city = BundleNetwork.of(DemoCityGenerator.generate(DemoCitySpec.of(300, DAY)), parameters);
        RetaliationRisk model = new RetaliationRisk(city.people(), city.groups(), city.history(), parameters, DAY);
        double[] scores = model.scores();
        int kinds = 0;
        for (int v = 0; v < scores.length; v++) {
            List<ReasonLine> lines = model.lines(v);
            assertThat(lines.stream().mapToDouble(ReasonLine::weight).sum()).as("lines add up to the score")
                    .isCloseTo(scores[v], within(1e-9 * Math.max(1, scores[v])));
            Map<String, Double> expected = new HashMap<>();
            Map<String, Map<String, Double>> byIncident = new HashMap<>();
            for (Contribution c : model.explain(v)) {
                String key = key(c);
                expected.merge(key, c.weight(), Double::sum);
                byIncident.computeIfAbsent(key, k -> new HashMap<>()).merge(c.incidentId(), c.weight(), Double::sum);
            }
            Map<String, Double> actual = lines.stream().collect(Collectors.toMap(l -> l.kind() + "|" + l.key(),
                    ReasonLine::weight));
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            for (ReasonLine line : lines) {
                String key = line.kind() + "|" + line.key();
                assertThat(line.weight()).as(key).isCloseTo(expected.get(key), within(1e-9));
                Map<String, Double> parts = byIncident.get(key);
                double most = parts.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                assertThat(parts.get(line.largest().incidentId())).as(key + " names the incident weighing most")
                        .isCloseTo(most, within(1e-12));
                assertThat(key(line.largest())).isEqualTo(key);
                assertThat(line.incidentIds().getFirst()).isEqualTo(line.largest().incidentId());
                assertThat(line.incidents()).isEqualTo(parts.size());
            }
            kinds |= lines.stream().mapToInt(l -> 1 << l.kind().ordinal()).reduce(0, (a, b) -> a | b);
        }
        assertThat(kinds).as("every kind of line occurs in the city").isEqualTo((1 << ReasonLine.Kind.values().length) - 1);
    }

    /** What a route is about, as the lines gather it. */
    private static String key(Contribution c) {
        if (c.distance() == 0 && c.viaGroup() == null) {
            return (c.partyRole() == Role.VICTIM ? ReasonLine.Kind.OWN_HARM : ReasonLine.Kind.OWN_SUSPICION) + "|"
                    + c.party();
        }
        if (!c.rivals().isEmpty()) {
            return ReasonLine.Kind.GROUP_TENSION + "|" + c.rivals().get(0) + "|" + c.rivals().get(1);
        }
        if (c.viaGroup() != null) {
            return ReasonLine.Kind.SHARED_GROUP + "|" + c.viaGroup();
        }
        return ReasonLine.Kind.CLOSE_TIE + "|" + c.path().get(c.path().size() - 2).personId();
    }
}
