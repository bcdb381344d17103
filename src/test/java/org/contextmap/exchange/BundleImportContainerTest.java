package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The import scenarios against a Neo4j server in Docker, reached through {@code NEO4J_URI} as a
 * production deployment would be. Skips where there is no Docker; {@link BundleImportTest} runs
 * the same scenarios on the in-process database everywhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "contextmap.demo=false")
class BundleImportContainerTest {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("contextmap-test");

    @DynamicPropertySource
    static void neo4jProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
    }

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Test
    void importsOnceAndChangesNothingTheSecondTime() {
        graph.clear();
        ImportReport first = importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
        var before = graph.dump(false);
        ImportReport second = importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);

        assertThat(first.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(graph.count("MATCH (n:YoungPerson) RETURN count(n)")).isEqualTo(3);
        assertThat(second.changes().changedStructure()).isFalse();
        assertThat(graph.dump(false)).isEqualTo(before);
    }

    @Test
    void refusesABadBundleAndWritesNothing() {
        graph.clear();
        ImportReport report = importer.importZip(new ByteArrayInputStream(TestBundles.valid()
                .append("incident_people.csv", "I2,YP9,WITNESS").zip()), false);

        assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(graph.dump(false)).isEmpty();
    }
}
