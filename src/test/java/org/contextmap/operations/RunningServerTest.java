package org.contextmap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.support.ServerProcess.as;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.Bundle;
import org.contextmap.exchange.CsvBundleWriter;
import org.contextmap.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as an administrator runs it — a process on its own store, stopped with
 * SIGTERM — for what only a real process shows: the health checks a load balancer probes, the
 * metrics a monitoring system scrapes and who may read them, the request id in the answer and in
 * the log, and a graceful stop that lets an import in flight finish before the database closes.
 */
class RunningServerTest {

    @TempDir
    Path folder;

    @Test
    void healthMetricsRequestIdsAndAGracefulStopThatFinishesTheImportInFlight() throws Exception {
        Bundle city = DemoCityGenerator.generate(DemoCitySpec.of(1_000, LocalDate.of(2026, 11, 1)));
        var zip = new ByteArrayOutputStream();
        CsvBundleWriter.writeZip(city, zip);
        Path store = folder.resolve("store");

        try (ServerProcess server = ServerProcess.start(store).awaitReady(Duration.ofMinutes(8))) {
            // probes are open and say only UP; the details are for ADMIN
            HttpResponse<String> health = server.send(HttpRequest.newBuilder(server.uri("/actuator/health")));
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
            assertThat(server.send(HttpRequest.newBuilder(server.uri("/actuator/health/liveness"))).body())
                    .contains("\"status\":\"UP\"");
            HttpResponse<String> details = server.send(as("admin", HttpRequest.newBuilder(server.uri("/actuator/health"))));
            assertThat(details.body()).contains("\"neo4j\"", "\"store\"", "\"database\":\"embedded\"", "\"schema\":\"V");

            // a request's id comes back, a caller's own is kept, and the log lines of the request carry it
            HttpResponse<String> people = server.send(as("socialcare", HttpRequest.newBuilder(server.uri("/api/people"))
                    .header("X-Request-Id", "case-note-42")));
            assertThat(people.statusCode()).isEqualTo(200);
            assertThat(people.headers().firstValue("X-Request-Id")).hasValue("case-note-42");
            HttpResponse<String> forged = server.send(as("socialcare", HttpRequest.newBuilder(server.uri("/api/people"))
                    .header("X-Request-Id", "not plain; <script>")));
            assertThat(forged.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f]{16}");
            HttpResponse<String> wrong = server.send(HttpRequest.newBuilder(server.uri("/api/people"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("police:nope".getBytes()))
                    .header("X-Request-Id", "wrong-password-7"));
            assertThat(wrong.statusCode()).isEqualTo(401);

            // metrics are for ADMIN only
            assertThat(server.send(HttpRequest.newBuilder(server.uri("/actuator/prometheus"))).statusCode()).isEqualTo(401);
            assertThat(server.send(as("police", HttpRequest.newBuilder(server.uri("/actuator/prometheus")))).statusCode())
                    .isEqualTo(403);
            assertThat(server.send(as("police", HttpRequest.newBuilder(server.uri("/actuator/metrics")))).statusCode())
                    .isEqualTo(403);

            // an import is under way when the server is told to stop: it finishes, then the database closes
            CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(() -> server.send(
                    as("admin", HttpRequest.newBuilder(server.uri("/api/imports")))
                            .header("Content-Type", "application/zip")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray()))));
            assertThat(server.awaitOutput("writing " + city.rowCount() + " rows", Duration.ofMinutes(2)))
                    .as(server.output()).isTrue();

            HttpResponse<String> metrics = server.send(as("admin", HttpRequest.newBuilder(server.uri("/actuator/prometheus"))));
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("http_server_requests_seconds_bucket", "contextmap_audit_queue",
                    "contextmap_snapshot_requests_total");

            server.terminate();
            boolean refused = refusedWhileStopping(server);
            HttpResponse<String> imported = importing.join();
            int exit = server.awaitExit(Duration.ofMinutes(5));
            assertThat(refused).as("a new request while stopping").isTrue();
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(imported.body()).contains("\"status\":\"IMPORTED\"");
            assertThat(exit).as(server.output()).isIn(0, 143);
            assertThat(server.output())
                    .contains("Stopping: finishing the requests in flight")
                    .contains("Commencing graceful shutdown")
                    .contains("[wrong-password-7]")
                    .contains("Embedded Neo4j stopped")
                    .doesNotContain("Exception");
        }

        // the next start finds the whole import there, with nothing to undo
        try (ServerProcess again = ServerProcess.start(store).awaitReady(Duration.ofMinutes(8))) {
            HttpResponse<String> people = again.send(as("admin", HttpRequest.newBuilder(again.uri("/api/people?size=1"))));
            assertThat(people.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(city.youngPeople().size()));
            HttpResponse<String> metrics = again.send(as("admin", HttpRequest.newBuilder(again.uri("/actuator/prometheus"))));
            assertThat(metrics.body()).contains("contextmap_snapshot_requests_total");
            assertThat(again.output()).doesNotContain("Undid").doesNotContain("Undoing");
            again.stop(Duration.ofMinutes(1));
        }
    }

    /** A request made while the server is stopping is refused with 503 in the API's shape, or not accepted at all. */
    static boolean refusedWhileStopping(ServerProcess server) {
        try {
            Thread.sleep(200);
            HttpResponse<String> late = server.send(as("admin", HttpRequest.newBuilder(server.uri("/api/people"))));
            return late.statusCode() == 503 && late.body().contains("The server is stopping");
        } catch (UncheckedIOException notAccepted) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
