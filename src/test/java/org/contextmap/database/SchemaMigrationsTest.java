package org.contextmap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.MigrationsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.contextmap.database.SchemaMigrations.CommentOnlyChange;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The migrations apply to an empty database, and a database that applied a migration before a
 * comment in it changed still starts; an edit that is not listed as comment-only is still refused.
 */
class SchemaMigrationsTest {

    @Test
    void everyCommentOnlyChangeNamesTheChecksumOfTheFileAsItIsNow() {
        for (CommentOnlyChange change : SchemaMigrations.COMMENT_ONLY_CHANGES) {
            var file = SchemaMigrations.class.getResource("/neo4j/migrations/V" + change.version()
                    + "__Create_constraints.cypher");
            assertThat(file).as("migration V" + change.version()).isNotNull();
            assertThat(CypherResource.of(file).getChecksum()).isEqualTo(change.newChecksum());
        }
    }

    @Test
    void findsEveryMigrationFileOfTheCypherFolder() throws IOException {
        List<String> found = SchemaMigrations.findMigrationFiles(List.of("neo4j/migrations")).stream()
                .map(url -> url.getPath().substring(url.getPath().lastIndexOf('/') + 1)).sorted().toList();
        try (Stream<Path> files = Files.list(Path.of("cypher"))) {
            assertThat(found).isEqualTo(files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aDatabaseThatAppliedTheOldTextStillStarts() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new StoreProperties(Path.of(""), true, "64m"));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            SchemaMigrations migrations = new SchemaMigrations(driver);
            migrations.afterPropertiesSet();
            CommentOnlyChange change = SchemaMigrations.COMMENT_ONLY_CHANGES.getFirst();
            assertThat(checksum(driver, change.version())).isEqualTo(change.newChecksum());

            recordChecksum(driver, change.version(), change.oldChecksum());
            migrations.afterPropertiesSet();
            assertThat(checksum(driver, change.version())).isEqualTo(change.newChecksum());

            recordChecksum(driver, change.version(), "1234567890");
            assertThatThrownBy(migrations::afterPropertiesSet).isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("Checksum of 0001");
        }
    }

    private static String checksum(Driver driver, String version) {
        return driver.executableQuery("MATCH (m:__Neo4jMigration {version: $version}) RETURN m.checksum AS c")
                .withParameters(Map.of("version", version)).execute().records().getFirst().get("c").asString();
    }

    private static void recordChecksum(Driver driver, String version, String checksum) {
        driver.executableQuery("MATCH (m:__Neo4jMigration {version: $version}) SET m.checksum = $checksum")
                .withParameters(Map.of("version", version, "checksum", checksum)).execute();
    }
}
