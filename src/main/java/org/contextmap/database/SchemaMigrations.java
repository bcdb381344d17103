package org.contextmap.database;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher migrations of the top-level {@code cypher/} folder (packaged as
 * {@code classpath:neo4j/migrations}) at start-up, on the embedded database and on an external
 * server alike. neo4j-migrations records what it applied in the database and refuses a
 * migration that was edited after it ran, so an applied file must never change: add a new one.
 */
@Component
class SchemaMigrations implements InitializingBean {

    static final String LOCATION = "classpath:neo4j/migrations";
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        var config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withPackagesToScan()
                .withInstalledBy("contextmap")
                .build();
        new Migrations(config, driver).apply()
                .ifPresent(version -> log.info("Database schema is at version {}", version.getValue()));
    }
}
