package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.contextmap.base.Agency;
import org.contextmap.group.PeerGroup;
import org.contextmap.person.ProfileService;
import org.contextmap.person.YoungPerson;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.LondonGang;
import org.contextmap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real London street-gang network of Grund & Densley (2015), 54 people and 315 ties from
 * police arrest and conviction data ({@code src/test/resources/london-gang}), converted to a CSV
 * bundle and imported through the same path as any partner's bundle.
 */
@IntegrationTest
class LondonGangFixtureTest {

    static final Path DATA = LondonGang.DATA;

    @Autowired
    BundleImporter importer;

    @Autowired
    ProfileService profiles;

    @Autowired
    GraphTestSupport graph;

    @TempDir
    Path folder;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void importsTheRealNetworkThroughTheCsvBundle() throws IOException {
        Path bundleFolder = folder.resolve("london-gang");
        CsvBundleWriter.writeFolder(LondonGang.bundle(), bundleFolder);

        ImportReport report = importer.importFolder(bundleFolder, false);

        assertThat(report.errors()).isEmpty();
        assertThat(graph.count("MATCH (p:YoungPerson) RETURN count(p)")).isEqualTo(54);
        assertThat(graph.count("MATCH (a:YoungPerson)-[:KNOWS]->(b:YoungPerson) RETURN count(DISTINCT [a, b])"))
                .as("315 undirected ties").isEqualTo(315);
        assertThat(graph.count("MATCH (:YoungPerson)-[:ASSOCIATED_WITH]->(:PeerGroup {id: 'LG'}) RETURN count(*)"))
                .isEqualTo(54);
        assertThat(graph.count("MATCH (p:YoungPerson) WHERE NOT (p)-[:KNOWS]-() RETURN count(p)"))
                .as("every member has at least one tie").isZero();
    }

    @Test
    void theMostCentralMembersProfileListsTheirTies() throws IOException {
        importer.importBundle(LondonGang.bundle(), "test");

        var profile = profiles.profile("LG01", "test", "test").orElseThrow();

        // member 1: row 1 of the matrix has 25 non-zero cells (a kin tie is two relationships, one contact)
        long distinctContacts = profile.relationships().stream().map(r -> r.personId()).distinct().count();
        assertThat(distinctContacts).isEqualTo(expectedDegree(1)).isEqualTo(25);
        assertThat(profile.associations()).singleElement()
                .satisfies(a -> assertThat(a.provenance().source()).isEqualTo(Agency.POLICE));
    }

    private static long expectedDegree(int member) throws IOException {
        String[] cells = Files.readAllLines(DATA.resolve("LONDON_GANG.csv")).get(member).split(",");
        long degree = 0;
        for (int column = 1; column < cells.length; column++) {
            if (Integer.parseInt(cells[column].trim()) > 0) {
                degree++;
            }
        }
        return degree;
    }
}
