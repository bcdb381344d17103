package org.contextmap.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.contextmap.base.ForbiddenException;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.place.LinkedPlace;
import org.contextmap.place.LocationType;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.TensionTrends;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A peer group's last year on its page: the small bundle with dates moved to the last months, so
 * that it stays "the last 12 months" whenever the test runs. Kai (YP3, associated with Millfield
 * Road, G2) is suspected of assaulting Yusuf (YP2, associated with Northgate Estate, G1) in Mill
 * Park three weeks ago; the groups are recorded as in conflict.
 */
@IntegrationTest
class GroupActivityTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    GroupActivity activity;

    @Autowired
    TensionTrends trends;

    @TempDir
    Path folder;

    @BeforeEach
    void importABundleOfTheLastYear() {
        graph.clear();
        var bundle = TestBundles.valid()
                .replace("group_associations.csv", "YP2,G1,2025-06-01", "YP2,G1," + TODAY.minusDays(200))
                .replace("group_associations.csv", "YP3,G2,2025-01-10", "YP3,G2," + TODAY.minusDays(300))
                .append("incidents.csv", "I3," + TODAY.minusDays(21) + "T18:30,ASSAULT,SERIOUS,NONE,P1,POLICE,"
                        + "Assaulted near the park gates")
                .append("incident_people.csv", "I3,YP2,VICTIM")
                .append("incident_people.csv", "I3,YP3,SUSPECT");
        assertThat(importer.importFolder(bundle.writeTo(folder), false).errors()).isEmpty();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theIncidentsOfAGroupsAssociatesWithTheirPartVictimsLabelledVictims() {
        GroupActivity.Report northgate = activity.of("G1", 12);
        assertThat(northgate.associates()).isEqualTo(1);
        assertThat(northgate.incidents()).extracting(GroupActivity.IncidentRow::incidentId).containsExactly("I3");
        GroupActivity.IncidentRow row = northgate.incidents().getFirst();
        assertThat(row.kind()).isEqualTo("Assault (serious)");
        assertThat(row.placeId()).isEqualTo("P1");
        assertThat(row.placeName()).isEqualTo("Mill Park");
        assertThat(row.date()).isEqualTo(TODAY.minusDays(21));
        assertThat(row.parts()).containsExactly(new GroupActivity.Part("YP2", "Yusuf Hassan", "Victim"));

        GroupActivity.Report millfield = activity.of("G2", 12);
        assertThat(millfield.incidents()).extracting(GroupActivity.IncidentRow::incidentId).contains("I3")
                .doesNotContain("I2"); // Amira's stabbing involved no associate of Millfield Road
        assertThat(millfield.incidents().getFirst().parts())
                .containsExactly(new GroupActivity.Part("YP3", "Kai \"KJ\" Johnson", "Suspect"));
    }

    @Test
    void thePlacesAGroupsAssociatesAreLinkedTo() {
        List<LinkedPlace> places = activity.of("G1", 12).places();
        assertThat(places).extracting(LinkedPlace::id).containsExactlyInAnyOrder("HA-1", "S1", "P1");
        assertThat(places).contains(new LinkedPlace("HA-1", "Northgate", LocationType.HOME_AREA, 1, 0, 0, 1),
                new LinkedPlace("S1", "Ashbury Academy", LocationType.SCHOOL, 0, 1, 0, 1),
                new LinkedPlace("P1", "Mill Park", LocationType.PARK, 0, 0, 1, 1));
        // Kai's home area is recorded only in words ("HA-2"): not a place to link to
        assertThat(activity.of("G2", 12).places()).extracting(LinkedPlace::id).containsExactlyInAnyOrder("S1", "P1");
    }

    @Test
    void theTensionTrendWithEachRivalMonthByMonth() {
        RiskReports.TensionTrend trend = trends.of("G1", 12);
        assertThat(trend.months()).hasSize(12);
        assertThat(trend.months().getLast()).isEqualTo(java.time.YearMonth.from(TODAY));
        assertThat(trend.lines()).hasSize(1);
        RiskReports.TrendLine millfield = trend.lines().getFirst();
        assertThat(millfield.groupId()).isEqualTo("G2");
        assertThat(millfield.name()).isEqualTo("Millfield Road peer group");
        assertThat(millfield.relation()).isEqualTo("In conflict");
        assertThat(millfield.incidents()).isEqualTo(1);
        int month = trend.months().indexOf(java.time.YearMonth.from(TODAY.minusDays(21)));
        assertThat(millfield.harm().get(month)).isGreaterThan(0);
        assertThat(millfield.harm().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(millfield.harm().get(month));
    }

    @Test
    void needToKnowHolds() {
        signIn("analyst", "ROLE_ANALYST");
        GroupActivity.IncidentRow row = activity.of("G1", 12).incidents().getFirst();
        assertThat(row.parts().getFirst().personId()).as("an analyst opens no record").isNull();
        assertThat(row.parts().getFirst().name()).isNotEqualTo("Yusuf Hassan");
        assertThat(row.parts().getFirst().role()).isEqualTo("Victim");

        signIn("housing", "ROLE_HOUSING");
        assertThatThrownBy(() -> activity.of("G1", 12)).isInstanceOf(ForbiddenException.class);
    }

    private static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority(role))));
    }
}
