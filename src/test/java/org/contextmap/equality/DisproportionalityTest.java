package org.contextmap.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.contextmap.base.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report on 30 June 2026 over the hand-built bundle of src/test/resources/equality: twenty young
 * people, six Black (B1–B6) and fourteen White (W1–W14). Six are flagged for exploitation with no
 * social-care case and no lead professional, which raises one practice alert each: B1–B4 and W1–W2.
 * Associations with G1: B1, B2 (2025), W1 (2025) count; W3's, recorded in January 2023 and never
 * re-confirmed, stopped counting in January 2025. Meetings about B1, W2, W6 and a referral about W7
 * by the day (W8's referral comes in August, after it). No incident: nobody is in the high risk band.
 */
@IntegrationTest
class DisproportionalityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final double CLOSE = 0.0005;

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    DisproportionalityService reports;

    @BeforeEach
    void importTheBundle() throws URISyntaxException {
        graph.clear();
        Path bundle = Path.of(getClass().getResource("/equality").toURI());
        assertThat(importer.importFolder(bundle, false).errors()).isEmpty();
    }

    @Test
    void countsRatesRatiosAndIntervalsAsWorkedOutByHand() {
        // asked by an analyst: the signed-in person of the test's request, as the security chain would set them
        RequestContextHolder.currentRequestAttributes().setAttribute(Viewer.AUTHENTICATION_ATTRIBUTE,
                UsernamePasswordAuthenticationToken.authenticated("analyst", null,
                        List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))), RequestAttributes.SCOPE_REQUEST);
        DisproportionalityReport report = reports.report(DAY);
        assertThat(report.population()).isEqualTo(20);
        var ethnicity = report.characteristics().getFirst();
        assertThat(ethnicity.characteristic()).isEqualTo("ETHNICITY");
        assertThat(ethnicity.groups()).extracting(DisproportionalityReport.GroupRow::group)
                .containsExactly("Black", "White");
        assertThat(ethnicity.groups()).extracting(DisproportionalityReport.GroupRow::population).containsExactly(6L, 14L);
        var black = ethnicity.groups().get(0).outcomes();
        var white = ethnicity.groups().get(1).outcomes();

        // open alerts: 4 of 6 Black against 2 of 14 others: RR = 0.6667 / 0.1429 = 4.667;
        // SE = sqrt(1/4 − 1/6 + 1/2 − 1/14) = 0.715475; exp(1.540445 ± 1.402331) = 1.148 … 18.968
        RateRatio alerts = black.get(0).comparison();
        assertThat(black.get(0).outcome()).isEqualTo("OPEN_ALERT");
        assertThat(alerts.cases()).isEqualTo(4);
        assertThat(alerts.otherCases()).isEqualTo(2);
        assertThat(alerts.otherPopulation()).isEqualTo(14);
        assertThat(alerts.rate()).isCloseTo(0.667, within(CLOSE));
        assertThat(alerts.otherRate()).isCloseTo(0.143, within(CLOSE));
        assertThat(alerts.ratio()).isCloseTo(4.667, within(CLOSE));
        assertThat(alerts.lower()).isCloseTo(1.148, within(CLOSE));
        assertThat(alerts.upper()).isCloseTo(18.968, within(CLOSE));
        assertThat(black.get(0).finding()).isEqualTo("Black young people are 4.7 times as likely as others to have an "
                + "open practice alert (95% CI 1.1–19.0): review whether this reflects need or how information is "
                + "recorded.");
        // and the other way round: 2 of 14 White against 4 of 6: RR = 0.214, 0.053 … 0.871, no sentence
        assertThat(white.get(0).comparison().ratio()).isCloseTo(0.214, within(CLOSE));
        assertThat(white.get(0).comparison().lower()).isCloseTo(0.053, within(CLOSE));
        assertThat(white.get(0).comparison().upper()).isCloseTo(0.871, within(CLOSE));
        assertThat(white.get(0).finding()).isNull();

        // high risk: nobody; 0 of 6 against 0 of 14, corrected: (0.5/7) / (0.5/15) = 2.143;
        // SE = sqrt(2 − 1/7 + 2 − 1/15) = 1.946915; exp(0.762140 ± 3.815954) = 0.047 … 97.329
        RateRatio high = black.get(1).comparison();
        assertThat(high.cases()).isZero();
        assertThat(high.corrected()).isTrue();
        assertThat(high.ratio()).isCloseTo(2.143, within(CLOSE));
        assertThat(high.lower()).isCloseTo(0.047, within(CLOSE));
        assertThat(high.upper()).isCloseTo(97.329, within(CLOSE));

        // associations that count: B1, B2 against W1 (W3's is stale): 2 of 6 against 1 of 14: RR = 4.667;
        // SE = sqrt(1/2 − 1/6 + 1 − 1/14) = 1.123345; exp(1.540445 ± 2.201756) = 0.516 … 42.191: no sentence
        RateRatio associated = black.get(2).comparison();
        assertThat(associated.cases()).isEqualTo(2);
        assertThat(associated.otherCases()).isEqualTo(1);
        assertThat(associated.ratio()).isCloseTo(4.667, within(CLOSE));
        assertThat(associated.lower()).isCloseTo(0.516, within(CLOSE));
        assertThat(associated.upper()).isCloseTo(42.191, within(CLOSE));
        assertThat(black.get(2).finding()).isNull();

        // referrals and meetings by the day: B1 against W2, W6, W7: 1 of 6 against 3 of 14: RR = 0.778;
        // SE = sqrt(1 − 1/6 + 1/3 − 1/14) = 1.046536; exp(−0.251314 ± 2.051211) = 0.100 … 6.049
        RateRatio intervened = black.get(3).comparison();
        assertThat(intervened.cases()).isEqualTo(1);
        assertThat(intervened.otherCases()).isEqualTo(3);
        assertThat(intervened.ratio()).isCloseTo(0.778, within(CLOSE));
        assertThat(intervened.lower()).isCloseTo(0.100, within(CLOSE));
        assertThat(intervened.upper()).isCloseTo(6.049, within(CLOSE));

        // age bands on the day: born 2014-02 … 2015-01 (3), 2011-07 … 2013-06 (8), 2009-07 … 2011-06 (6), 2008-02 … 2009-05 (3)
        var ages = report.characteristics().get(2);
        assertThat(ages.groups()).extracting(DisproportionalityReport.GroupRow::group)
                .containsExactly("12 or under", "13–14", "15–16", "17–18");
        assertThat(ages.groups()).extracting(DisproportionalityReport.GroupRow::population)
                .containsExactly(3L, 8L, 6L, 3L);
        assertThat(report.overall()).extracting(DisproportionalityReport.Overall::count).containsExactly(6L, 0L, 3L, 4L);
        // the one over-represented group of every characteristic and outcome
        assertThat(report.findings()).containsExactly(black.get(0).finding());
    }

    @Test
    void analystsMayReadItThePoliceMayNot() throws Exception {
        mvc.perform(get("/api/reports/disproportionality").param("asOf", DAY.toString())
                        .with(user("analyst").roles("ANALYST")).header("X-Purpose", "Equality monitoring"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.population").value(20))
                .andExpect(jsonPath("$.findings", hasSize(1)));
        mvc.perform(get("/api/reports/disproportionality").param("asOf", DAY.toString())
                        .with(user("police").roles("POLICE")).header("X-Purpose", "Equality monitoring"))
                .andExpect(status().isForbidden());
    }
}
