package org.contextmap.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.network.snapshot.NetworkSnapshots;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An association with a peer group that nobody has re-confirmed for two years stops counting: on
 * 15 September 2026, B's association with G1 dates from June 2023 (three years before), so the
 * assault of 1 September by A, also associated with G1, does not reach B through the group; once
 * the association is re-confirmed (March 2026) it does. B has no tie to anyone: the group is B's
 * only route.
 */
@IntegrationTest
class StaleAssociationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 15);

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    RiskService risk;

    @Autowired
    NetworkSnapshots snapshots;

    @TempDir
    Path folder;

    @BeforeEach
    void importTheBundle() {
        graph.clear();
        TestBundles bundle = TestBundles.valid().only("young_people.csv")
                .with("young_people.csv", """
                        id,name,date_of_birth,gender,ethnicity,home_area,school_id,family_id,in_care,send,flags,social_care_status,lead_professional
                        V,Victor Victim,2010-03-01,Male,White British,,,,false,false,,NONE,
                        A,Alfie Suspect,2009-06-01,Male,White British,,,,false,false,,NONE,
                        B,Ben Associate,2009-09-01,Male,White British,,,,false,false,,NONE,
                        """)
                .with("peer_groups.csv", "id,name,area\nG1,Northgate Estate group,Northgate\n")
                .with("group_associations.csv", """
                        person_id,group_id,since,source,confidence
                        A,G1,2026-01-01,POLICE,PROBABLE
                        B,G1,2023-06-01,POLICE,PROBABLE
                        """)
                .with("incidents.csv", """
                        id,occurred_at,type,severity,weapon,location_id,source,summary
                        I1,2026-09-01T20:00,ASSAULT,SERIOUS,NONE,,POLICE,Assault
                        """)
                .with("incident_people.csv", "incident_id,person_id,role\nI1,V,VICTIM\nI1,A,SUSPECT\n");
        assertThat(importer.importFolder(bundle.writeTo(folder), false).errors()).isEmpty();
    }

    @Test
    void aThreeYearOldAssociationNotReconfirmedNoLongerCarriesRisk() {
        double stale = risk.risk("B", DAY, 100, 5, "test", "system").orElseThrow().score();
        assertThat(stale).isZero();
        assertThat(membersOfG1()).containsExactly("A");

        graph.changeWithoutSayingWhat("""
                MATCH (:YoungPerson {id: 'B'})-[a:ASSOCIATED_WITH]->(:PeerGroup {id: 'G1'})
                SET a.confirmedOn = date('2026-03-01')
                """);
        double reconfirmed = risk.risk("B", DAY, 100, 5, "test", "system").orElseThrow().score();
        assertThat(reconfirmed).isPositive();
        assertThat(membersOfG1()).containsExactly("A", "B");
        // in June 2024 the association was a year old and counted, without any re-confirmation
        assertThat(membersOfG1On(LocalDate.of(2024, 6, 1))).contains("B");
    }

    private String[] membersOfG1() {
        return membersOfG1On(DAY);
    }

    private String[] membersOfG1On(LocalDate day) {
        NetworkSnapshot snapshot = snapshots.on(day);
        int g1 = snapshot.groups().group("G1");
        return Arrays.stream(snapshot.groupMembers()[g1]).mapToObj(v -> snapshot.people().id(v)).sorted()
                .toArray(String[]::new);
    }
}
