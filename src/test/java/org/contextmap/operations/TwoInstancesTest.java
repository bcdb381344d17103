package org.contextmap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.contextmap.ContextMapApplication;
import org.contextmap.account.AccountService;
import org.contextmap.base.Role;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances in front of one Neo4j server — the way a partnership outgrows one
 * machine (docs/operations.md) — with an in-process Neo4j reached over Bolt standing in for the
 * server: a write through one instance is seen by the other on its next request, an import
 * through one while the other serves reads loses nothing, and when the server goes away and
 * comes back the instances answer 503 in the API's shape meanwhile and work again after,
 * without a restart. One instance runs with a tiny analytics time limit, to show its 503.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "a long test password";

    @TempDir
    Path folder;

    private DatabaseManagementService neo4j;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        if (neo4j != null) {
            neo4j.shutdown();
        }
    }

    @Test
    void aWriteThroughOneIsSeenByTheOtherAndBothRideOutTheDatabaseGoingAway() throws Exception {
        int bolt = freePort();
        neo4j = startNeo4j(bolt);
        ConfigurableApplicationContext first = instance(bolt, "30s");
        ConfigurableApplicationContext second = instance(bolt, "1ms");
        first.getBean(AccountService.class).create(new AccountService.UserRequest("admin", "Administrator",
                PASSWORD, Set.of(Role.ADMIN), Set.of(), true));
        first.getBean(AccountService.class).create(new AccountService.UserRequest("worker", "Social worker",
                PASSWORD, Set.of(Role.SOCIAL_CARE), Set.of(), true));

        // an import through the first while the second answers reads: every read succeeds, nothing is lost
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> readFailures = new ArrayList<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (importing.get()) {
                HttpResponse<String> answer = get(second, "/api/people", "worker");
                if (answer.statusCode() != 200) {
                    readFailures.add(answer.statusCode() + " " + answer.body());
                }
                reads.incrementAndGet();
            }
        });
        HttpResponse<String> imported = send(first, HttpRequest.newBuilder(uri(first, "/api/imports"))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestBundles.valid().zip())), "admin");
        importing.set(false);
        reader.join();
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(readFailures).isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(get(second, "/api/people?size=1", "worker").headers().firstValue("X-Total-Count")).hasValue("3");

        // a decision recorded through the second is there for the first at once
        HttpResponse<String> alerts = get(first, "/api/people/YP1/alerts", "worker");
        assertThat(alerts.body()).contains("\"id\"");
        String alertId = alerts.body().replaceAll("(?s)^.*?\"id\"\\s*:\\s*\"([^\"]+)\".*$", "$1");
        HttpResponse<String> decided = send(second, HttpRequest.newBuilder(uri(second, "/api/alerts/" + alertId + "/decision"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"ACKNOWLEDGED\",\"reason\":\"Seen in the test\"}")),
                "worker");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(get(first, "/api/people/YP1/alerts", "worker").body()).contains("Seen in the test");

        // a tie added through the first changes the second's network on its next request
        assertThat(get(second, "/api/people/YP2/network?hops=1", "worker").body()).doesNotContain("YP3");
        HttpResponse<String> tie = send(first, HttpRequest.newBuilder(uri(first, "/api/imports"))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestBundles.valid().only("young_people.csv", "locations.csv",
                        "peer_groups.csv").with("relationships.csv", """
                        person_a,person_b,kind,since,source,confidence
                        YP2,YP3,FRIEND,2026-10-01,VOLUNTARY,PROBABLE
                        """).zip())), "admin");
        assertThat(tie.statusCode()).as(tie.body()).isEqualTo(200);
        assertThat(get(second, "/api/people/YP2/network?hops=1", "worker").body()).contains("YP3");

        // an analysis past its time limit is a 503 with a sentence
        HttpResponse<String> slow = get(second, "/api/analytics/clusters", "admin");
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(slow.body()).contains("took longer than its limit of 1 ms");

        // the database goes away: 503 in the API's shape, readiness down; it comes back: work goes on
        neo4j.shutdown();
        HttpResponse<String> away = get(first, "/api/people", "worker");
        assertThat(away.statusCode()).as(away.body()).isEqualTo(503);
        assertThat(away.body()).contains("\"error\":\"Database unavailable\"", "cannot be reached just now");
        assertThat(away.headers().firstValue("Retry-After")).isPresent();
        assertThat(get(first, "/actuator/health/readiness", null).statusCode()).isEqualTo(503);

        neo4j = startNeo4j(bolt);
        HttpResponse<String> back = null;
        for (int attempt = 0; attempt < 20 && (back == null || back.statusCode() != 200); attempt++) {
            back = get(first, "/api/people?size=1", "worker");
            Thread.sleep(500);
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(get(second, "/api/people/YP1/alerts", "worker").body()).contains("Seen in the test");
    }

    private DatabaseManagementService startNeo4j(int port) {
        return new DatabaseManagementServiceBuilder(folder.resolve("neo4j"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .build();
    }

    private ConfigurableApplicationContext instance(int bolt, String timeLimit) {
        // as command-line arguments: they come before application.properties (which sets spring.neo4j.uri empty)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ContextMapApplication.class)
                .run("--spring.neo4j.uri=bolt://127.0.0.1:" + bolt, "--server.port=0",
                        "--contextmap.precompute=false", "--spring.main.banner-mode=off",
                        "--spring.main.register-shutdown-hook=false", "--contextmap.analytics.time-limit=" + timeLimit,
                        // a lost connection is noticed at once rather than after the driver's own timeouts
                        "--spring.neo4j.pool.connection-acquisition-timeout=5s");
        instances.add(context);
        return context;
    }

    private URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String user) {
        return send(instance, HttpRequest.newBuilder(uri(instance, path)).GET(), user);
    }

    private HttpResponse<String> send(ConfigurableApplicationContext instance, HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.header("X-Purpose", "Automated test").timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
