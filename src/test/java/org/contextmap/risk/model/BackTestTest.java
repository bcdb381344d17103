package org.contextmap.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back-test: its tie rule, and the model on a generated city, fitted on the history before the
 * first cut and then ranked at each cut, against both naive rankings.
 */
class BackTestTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 1);
    private static BundleNetwork city;
    private static List<LocalDate> cuts;
    private static HawkesFit.Fit fit;

    @BeforeAll
    static void generate() {
        city = BundleNetwork.of(DemoCityGenerator.generate(DemoCitySpec.of(2_000, END)), RiskParameters.DEFAULTS);
        cuts = new ArrayList<>();
        for (LocalDate cut = END.minusDays(90 + 30 * 9); !cut.isAfter(END.minusDays(90)); cut = cut.plusDays(30)) {
            cuts.add(cut);
        }
        fit = HawkesFit.fit(city.people(), city.groups(), city.history(), RiskParameters.DEFAULTS,
                cuts.getFirst().minusDays(1), 200);
    }

    @Test
    void tiedScoresShareTheirPlaces() {
        double[] flat = new double[200];
        double[] credit = BackTest.topCredit(flat, new int[] {3, 50, 199});
        assertThat(credit).containsExactly(new double[] {0.03, 0.15, 0.3, 0.6}, within(1e-12));

        double[] ordered = new double[200];
        for (int v = 0; v < 200; v++) {
            ordered[v] = v;
        }
        // 199 is the top score, 190 the 10th, 100 the 100th
        assertThat(BackTest.topCredit(ordered, new int[] {199, 190, 100}))
                .containsExactly(new double[] {1, 2, 2, 2}, within(1e-12));
    }

    @Test
    void theFitFindsSelfExcitationThatDecaysWithDistance() {
        assertThat(fit.victimisations()).isGreaterThan(500);
        assertThat(fit.logLikelihood()).isGreaterThan(fit.backgroundOnly());
        assertThat(fit.meanLagDays()).isBetween(3.0, 125.0);
        assertThat(fit.alphas()[0]).isGreaterThan(fit.alphas()[1]);
        assertThat(fit.alphas()[1]).isGreaterThan(fit.alphas()[2]);
        assertThat(fit.suspectWeight()).isBetween(0.01, 5.0);
        assertThat(fit.triggeredShare()).isBetween(0.05, 0.95);
        assertThat(fit.persistence()).isPositive();
    }

    @Test
    void theFittedModelBeatsBothNaiveRankings() {
        RiskParameters fitted = fit.applyTo(RiskParameters.DEFAULTS);
        BackTest.Report report = BackTest.run(city.people(), city.groups(), city.history(), fitted, cuts);
        assertThat(report.rows()).hasSize(6);
        double margin = 0;
        int cells = 0;
        for (BackTest.Window row : report.rows()) {
            assertThat(row.victims()).isGreaterThan(100);
            for (int t = 0; t < BackTest.TOPS.length; t++) {
                assertThat(row.model()[t]).as("%s against degree at top %s%%", row, BackTest.TOPS[t])
                        .isGreaterThan(row.degree()[t]);
                margin += row.model()[t] - row.pastVictimisations()[t];
                cells++;
            }
            // the top 10% and 20%: where the ranking is used to plan, and the sample large enough to tell
            assertThat(row.model()[2]).as("window %d serious %s at top 10%%", row.windowDays(), row.seriousOnly())
                    .isGreaterThan(row.pastVictimisations()[2]);
            assertThat(row.model()[3]).as("window %d serious %s at top 20%%", row.windowDays(), row.seriousOnly())
                    .isGreaterThan(row.pastVictimisations()[3]);
        }
        assertThat(margin / cells).as("mean advantage over past victimisations").isPositive();
    }

    @Test
    void theLiteratureDefaultsBeatRankingByTies() {
        BackTest.Report report = BackTest.run(city.people(), city.groups(), city.history(), RiskParameters.DEFAULTS,
                cuts);
        for (BackTest.Window row : report.rows()) {
            for (int t = 0; t < BackTest.TOPS.length; t++) {
                assertThat(row.model()[t]).isGreaterThan(row.degree()[t]).isGreaterThan(BackTest.TOPS[t] / 100);
            }
        }
    }
}
