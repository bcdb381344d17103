package org.contextmap.database;

import java.io.IOException;
import java.nio.file.Files;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The {@code store} health check, part of readiness: the database answers, its schema is at the
 * newest migration this build carries, and (embedded) its disk has room. It is DOWN when the
 * database cannot be reached and OUT_OF_SERVICE when the disk holding the store has less than
 * {@code contextmap.store-min-free} left, so that a load balancer stops sending work before
 * Neo4j fails a transaction for want of space (a full disk makes every write fail, and an
 * import's undo needs room too). Boot's own {@code neo4j} check says which server answered.
 */
@Component("store")
class StoreHealth implements HealthIndicator {

    private final Driver driver;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final DataSize minimumFree;

    StoreHealth(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${contextmap.store-min-free:1GB}") DataSize minimumFree) {
        this.driver = driver;
        this.embedded = embedded;
        this.minimumFree = minimumFree;
    }

    @Override
    public Health health() {
        String schema;
        try (var session = driver.session()) {
            schema = session.executeRead(tx -> tx.run("""
                    OPTIONAL MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'
                    RETURN max(m.version) AS version
                    """).single().get("version").asString(null));
        } catch (RuntimeException unreachable) {
            return Health.down().withDetail("database", "cannot be reached: " + unreachable.getMessage()).build();
        }
        Health.Builder health = Health.up();
        if (schema == null) {
            health = Health.outOfService().withDetail("schema", "not yet migrated");
        } else {
            health.withDetail("schema", "V" + schema);
        }
        EmbeddedNeo4j database = embedded.getIfAvailable();
        if (database == null) {
            return health.withDetail("database", "external").build();
        }
        health.withDetail("database", "embedded").withDetail("directory", database.directory().toString());
        try {
            long free = Files.getFileStore(database.directory()).getUsableSpace();
            health.withDetail("freeBytes", free).withDetail("minimumFreeBytes", minimumFree.toBytes());
            if (free < minimumFree.toBytes()) {
                health.outOfService().withDetail("disk", "less than " + minimumFree + " free on the store's disk");
            }
        } catch (IOException unreadable) {
            health.withDetail("disk", "free space unknown: " + unreadable.getMessage());
        }
        return health.build();
    }
}
