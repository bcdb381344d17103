package org.contextmap.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import org.contextmap.ContextMapApplication;

/**
 * The application as a child process on a store of its own, as an administrator runs it, reached
 * over real HTTP: for the tests of what only a real process shows (a signal, a restart, the log).
 * Its output is collected as it comes, so a test can wait for a line.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Thread reader;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.reader = Thread.ofPlatform().daemon(true).name("server-output").start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.append(line).append('\n');
                }
            } catch (IOException closed) {
                // the process ended
            }
        });
    }

    /** Starts the application on {@code store} (no demo city, nothing computed ahead) with these settings too. */
    public static ServerProcess start(Path store, String... settings) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), ContextMapApplication.class.getName(),
                "--contextmap.store=" + store, "--contextmap.demo=false", "--contextmap.precompute=false",
                "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(List.of(settings));
        return new ServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), port);
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Everything the process has printed so far, and its exit code if it has ended. */
    public String output() {
        return output + (process.isAlive() ? "" : "[exit code " + process.exitValue() + "]\n");
    }

    /** Waits until the readiness check answers UP; fails with the output if the process ends first. */
    public ServerProcess awaitReady(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended while starting:\n" + output());
            }
            try {
                if (send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET()).statusCode() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application was not ready within " + atMost + ":\n" + output());
    }

    /** Waits until the output holds {@code text}. */
    public boolean awaitOutput(String text, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                reader.join(Duration.ofSeconds(10));
                return output().contains(text);
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A request signed in as {@code user} (whose password is the same, as the demo accounts'), with a purpose. */
    public static HttpRequest.Builder as(String user, HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("X-Purpose", "Automated test");
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends SIGTERM, as {@code kill} or a service manager does, and waits for the exit code. */
    public int stop(Duration atMost) throws InterruptedException {
        terminate();
        return awaitExit(atMost);
    }

    /**
     * Sends SIGTERM without waiting. Through the process handle: {@code Process.destroy()} would
     * also close our end of its output, and everything it logs while stopping would be lost.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the process to end and returns its exit code; kills it and fails if it takes longer. */
    public int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("The application did not stop within " + atMost + ":\n" + output());
        }
        reader.join(Duration.ofSeconds(10));
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
