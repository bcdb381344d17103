package org.contextmap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** The in-process Neo4j: reachable over Bolt on loopback, and only with this run's password. */
class EmbeddedNeo4jTest {

    @Test
    void boltNeedsThePasswordOfThisRun() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new StoreProperties(Path.of(""), true, "64m"))) {
            assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
            try (var intruder = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                assertThatThrownBy(intruder::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (var guessed = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(guessed::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (var app = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
                app.verifyConnectivity();
            }
        }
    }

    @Test
    void aTemporaryStoreIsRemovedOnClose() {
        Path directory;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new StoreProperties(Path.of(""), true, "64m"))) {
            directory = neo4j.directory();
            assertThat(directory).isDirectory();
        }
        assertThat(directory).doesNotExist();
    }
}
