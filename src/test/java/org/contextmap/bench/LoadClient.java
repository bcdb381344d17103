package org.contextmap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load harness's HTTP: one JDK {@link HttpClient} (HTTP/1.1, kept-alive connections) shared
 * by every virtual user, each request signed in with HTTP Basic as a demo account (user name =
 * password) and carrying an {@code X-Purpose}, as a script of a partner agency would. Each call
 * is timed into {@link LoadResults} under its kind; an answer that is not one the caller expects
 * is an error there, never an exception (a virtual user goes on after it).
 */
final class LoadClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Longer than any answer should take: a request still waiting then is an error, not a hang. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** One answer: its status ({@code -1}: no answer, the error is recorded) and body. */
    record Answer(int status, String body) {

        boolean ok() {
            return status == 200;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final LoadResults results;

    LoadClient(String base, LoadResults results) {
        this.base = base;
        this.results = results;
    }

    /** A GET as {@code user}, timed under {@code kind}; an error unless 200 or one of {@code expected}. */
    Answer get(String kind, String user, String path, int... expected) {
        return send(kind, request(user, path).GET(), expected);
    }

    /** A POST of JSON as {@code user}. */
    Answer postJson(String kind, String user, String path, String json, int... expected) {
        return send(kind, request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), expected);
    }

    /** A POST of a zipped bundle as {@code user}. */
    Answer postZip(String kind, String user, String path, byte[] zip, int... expected) {
        return send(kind, request(user, path).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)), expected);
    }

    /** Untimed, for setting up and checking afterwards: the answer whatever its status. */
    Answer quietly(String user, String path) {
        try {
            HttpResponse<String> response = http.send(request(user, path).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (Exception failed) {
            return new Answer(-1, failed.toString());
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Basic " + credentials).header("X-Purpose", "Load test");
    }

    private Answer send(String kind, HttpRequest.Builder request, int... expected) {
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        } catch (Exception failed) {
            results.took(kind, System.nanoTime() - started);
            results.error(kind, "no answer: " + failed);
            return new Answer(-1, failed.toString());
        }
        results.took(kind, System.nanoTime() - started);
        int status = response.statusCode();
        if (status == 200 && response.body().contains("\"behind\":\"")) {
            results.behind(kind); // served from before the latest import while the new is worked out
        }
        if (status != 200) {
            boolean allowed = false;
            for (int code : expected) {
                allowed |= code == status;
            }
            if (allowed) {
                results.expectedRefusal();
            } else {
                String body = response.body();
                results.error(kind, status + " " + response.request().uri().getPath() + " "
                        + body.substring(0, Math.min(200, body.length())));
            }
        }
        return new Answer(status, response.body());
    }
}
