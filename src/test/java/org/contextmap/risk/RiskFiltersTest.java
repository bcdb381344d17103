package org.contextmap.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDate;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ranked risk list kept to a home area, a school, a peer group and a band, in the service and
 * through {@code GET /api/risk}: Amira (YP1) and her brother Yusuf (YP2) live in Northgate (HA-1),
 * Kai (YP3) in an area recorded only as "HA-2"; all three attend Ashbury Academy; Yusuf is
 * associated with Northgate Estate group (G1), Kai with Millfield Road peer group (G2).
 */
@IntegrationTest
class RiskFiltersTest {

    private static final LocalDate SEPTEMBER = LocalDate.parse("2026-09-20");

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    RiskService risk;

    @TempDir
    Path folder;

    @BeforeEach
    void importTheSmallBundle() {
        graph.clear();
        assertThat(importer.importFolder(TestBundles.valid().writeTo(folder), false).errors()).isEmpty();
    }

    private RiskReports.Ranking ranking(RankingFilter filter) {
        return risk.ranking(SEPTEMBER, filter, 0, 50, "test", "test");
    }

    private static java.util.List<String> ids(RiskReports.Ranking ranking) {
        return ranking.ranked().stream().map(RiskReports.RankedPerson::personId).toList();
    }

    @Test
    void eachFilterKeepsTheYoungPeopleItNamesWithTheirCitywideRanks() {
        RiskReports.Ranking everyone = ranking(RankingFilter.NONE);
        assertThat(everyone.total()).isEqualTo(3);

        RiskReports.Ranking northgate = ranking(new RankingFilter(null, "HA-1", null, null));
        assertThat(ids(northgate)).containsExactlyInAnyOrder("YP1", "YP2");
        assertThat(northgate.total()).isEqualTo(2);
        assertThat(ids(ranking(new RankingFilter(null, "HA-2", null, null)))).containsExactly("YP3");
        assertThat(ids(ranking(new RankingFilter(null, null, "S1", null)))).hasSize(3);
        assertThat(ids(ranking(new RankingFilter(null, null, "P1", null)))).isEmpty();

        RiskReports.Ranking millfield = ranking(new RankingFilter(null, null, null, "G2"));
        assertThat(ids(millfield)).containsExactly("YP3");
        int kaisRank = everyone.ranked().stream().filter(p -> p.personId().equals("YP3")).findFirst().orElseThrow().rank();
        assertThat(millfield.ranked().getFirst().rank()).as("the rank stays the citywide one").isEqualTo(kaisRank);
        assertThat(millfield.bands()).as("the bands still count the whole city").isEqualTo(everyone.bands());
    }

    @Test
    void filtersCombine() {
        assertThat(ids(ranking(new RankingFilter(null, "HA-1", "S1", "G1")))).containsExactly("YP2");
        assertThat(ids(ranking(new RankingFilter(null, "HA-1", null, "G2")))).isEmpty();
        RiskReports.RankedPerson amira = ranking(RankingFilter.NONE).ranked().stream()
                .filter(p -> p.personId().equals("YP1")).findFirst().orElseThrow();
        assertThat(ids(ranking(new RankingFilter(amira.band(), "HA-1", null, null)))).contains("YP1");
        assertThat(ranking(new RankingFilter(amira.band(), null, null, "G2")).ranked())
                .allMatch(p -> p.band() == amira.band());
    }

    @Test
    void theChoicesAreNamed() {
        RiskReports.Choices choices = risk.rankingChoices();
        assertThat(choices.areas()).containsExactly(new RiskReports.Choice("HA-2", "HA-2"),
                new RiskReports.Choice("HA-1", "Northgate"));
        assertThat(choices.schools()).containsExactly(new RiskReports.Choice("S1", "Ashbury Academy"));
        assertThat(choices.groups()).containsExactly(new RiskReports.Choice("G2", "Millfield Road peer group"),
                new RiskReports.Choice("G1", "Northgate Estate group"));
    }

    @Test
    void theApiTakesTheSameFilters() throws Exception {
        mvc.perform(get("/api/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER.toString())
                        .param("area", "HA-1").param("school", "S1").param("group", "G1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.ranked[*].personId", contains("YP2")));
        mvc.perform(get("/api/risk").header("X-Purpose", "test").param("band", "SOMETIMES"))
                .andExpect(status().isBadRequest());
    }
}
