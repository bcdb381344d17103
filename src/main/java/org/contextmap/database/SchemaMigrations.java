package org.contextmap.database;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher migrations of the top-level {@code cypher/} folder (packaged as
 * {@code classpath:neo4j/migrations}) at start-up, on the embedded database and on an external
 * server alike. neo4j-migrations records what it applied in the database, with a checksum of each
 * file, and refuses a migration that was edited after it ran, so an applied file must not change:
 * add a new one.
 *
 * <p>The one exception is a change to a comment, listed in {@link #COMMENT_ONLY_CHANGES} with the
 * checksum a database recorded for the old text and the checksum of the text now: a database that
 * holds the old checksum is given the new one before the migrations are checked, so that it still
 * starts. Any other edit is still refused.
 */
@Component
class SchemaMigrations implements InitializingBean {

    static final String LOCATION = "classpath:neo4j/migrations";
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    /** A migration whose comments changed after it was applied. */
    record CommentOnlyChange(String version, String oldChecksum, String newChecksum, String why) {
    }

    static final List<CommentOnlyChange> COMMENT_ONLY_CHANGES = List.of(
            new CommentOnlyChange("0001", "4283275988", "3307623819",
                    "its first comment cited a design document the repository does not carry"));

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        long started = System.nanoTime();
        realignCommentOnlyChanges();
        var config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(SchemaMigrations::findMigrationFiles)
                .withPackagesToScan()
                .withInstalledBy("contextmap")
                .build();
        new Migrations(config, driver).apply()
                .ifPresent(version -> log.info("Database schema is at version {} (checked in {} ms)",
                        version.getValue(), (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * The migration files under each location ({@code neo4j/migrations}), found through the class
     * loader. neo4j-migrations' own scanner opens every jar on the class path to look for them
     * (some 330 here, Neo4j's among them): seconds of every start, for five files of our own.
     */
    static List<URL> findMigrationFiles(List<String> locations) {
        var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
        List<URL> files = new ArrayList<>();
        try {
            for (String location : locations) {
                for (Resource file : resolver.getResources("classpath*:" + location + "/**/*.cypher")) {
                    files.add(file.getURL());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the schema migrations", e);
        }
        return files;
    }

    private void realignCommentOnlyChanges() {
        try (var session = driver.session()) {
            for (CommentOnlyChange change : COMMENT_ONLY_CHANGES) {
                int realigned = session.executeWrite(tx -> tx.run("""
                        MATCH (m:__Neo4jMigration {version: $version, checksum: $old})
                        SET m.checksum = $new
                        RETURN count(m) AS realigned
                        """, Map.of("version", change.version(), "old", change.oldChecksum(), "new",
                        change.newChecksum())).single().get("realigned").asInt());
                if (realigned > 0) {
                    log.info("Migration V{} changed in its comments only ({}); its recorded checksum was updated",
                            change.version(), change.why());
                }
            }
        }
    }
}
