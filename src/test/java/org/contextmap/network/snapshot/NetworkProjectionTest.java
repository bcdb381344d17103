package org.contextmap.network.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.person.RelationshipKind;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.LondonGang;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The snapshot read from the database holds every tie once, with the kinds, sources, confidence
 * and start of the facts behind it; it is rebuilt when the data changes. Runs in-process here
 * and over Bolt in {@link NetworkProjectionOverBoltTest}.
 */
@IntegrationTest
class NetworkProjectionTest {

    @Autowired
    NetworkSnapshots snapshots;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void theRealNetworkBecomesOneEdgePerPairWithItsKinds() throws Exception {
        assertThat(importer.importBundle(LondonGang.bundle(), "test").errors()).isEmpty();

        CompactGraph people = snapshots.on(null).people();

        assertThat(people.size()).isEqualTo(54);
        assertThat(people.edgeCount()).as("331 relationships between 315 pairs").isEqualTo(315);
        assertThat(people.degree(people.vertex("LG01"))).isEqualTo(25);
        int kin = 0;
        for (int e = 0; e < people.edgeCount(); e++) {
            if (people.kinds(e) == (1 << RelationshipKind.CO_OFFENDER.ordinal() | 1 << RelationshipKind.FAMILY.ordinal())) {
                kin++;
            }
            assertThat(people.agencies(e)).isEqualTo(1 << Agency.POLICE.ordinal());
            assertThat(people.confidence(e)).isEqualTo(Confidence.CONFIRMED.ordinal());
        }
        assertThat(kin).as("tie value 4: co-offending and kin").isEqualTo(16);
    }

    @Test
    void provenanceAndDatesOfTheSmallBundle(@TempDir Path folder) {
        assertThat(importer.importFolder(TestBundles.valid().writeTo(folder), false).errors()).isEmpty();

        NetworkSnapshot snapshot = snapshots.on(LocalDate.of(2026, 1, 1));
        CompactGraph people = snapshot.people();
        int friends = people.edge(people.vertex("YP1"), people.vertex("YP3"));

        assertThat(people.kinds(friends)).isEqualTo(1 << RelationshipKind.FRIEND.ordinal());
        assertThat(people.agencies(friends)).isEqualTo(1 << Agency.YOUNG_PERSON.ordinal());
        assertThat(people.sinceDate(friends)).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(people.sinceDate(people.edge(people.vertex("YP1"), people.vertex("YP2")))).isNull();
        assertThat(snapshot.groups().size()).isEqualTo(2);
        assertThat(snapshot.groupGraph().edgeCount()).isEqualTo(1);
        assertThat(snapshots.on(LocalDate.of(2024, 1, 1)).people().edgeCount()).isEqualTo(1);
    }

    @Test
    void aNewImportMakesTheSnapshotStale(@TempDir Path folder)
            throws Exception {
        assertThat(importer.importFolder(TestBundles.valid().writeTo(folder), false).errors()).isEmpty();
        NetworkSnapshot before = snapshots.on(null);
        assertThat(snapshots.on(null)).as("cached while nothing changes").isSameAs(before);

        assertThat(importer.importBundle(LondonGang.bundle(), "test").errors()).isEmpty();

        NetworkSnapshot after = snapshots.on(null);
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.people().size()).isEqualTo(57);
    }
}
