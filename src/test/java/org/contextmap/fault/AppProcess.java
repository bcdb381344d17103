package org.contextmap.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.contextmap.ContextMapApplication;

/**
 * ContextMap running as a child JVM on its embedded store, as an administrator runs it: the
 * application's main class started from the test class path (the same classes the application jar
 * holds, without building the jar first), its console written to a log file that the harness
 * reads. It can be killed with {@code SIGKILL} ({@link Process#destroyForcibly()} on Linux), process
 * tree and all, or stopped cleanly with {@code SIGTERM}.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(
            "admin:admin".getBytes(StandardCharsets.UTF_8));

    private final Process process;
    private final Path log;
    private final int port;
    private final long startedAt = System.nanoTime();

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the web application on {@code store}; {@code extra} are more {@code --name=value} arguments. */
    public static AppProcess start(Path store, Path log, String heap, String... extra) {
        int port = freePort();
        List<String> command = new ArrayList<>(command(heap));
        command.addAll(List.of("--contextmap.store=" + store, "--contextmap.demo=false", "--server.port=" + port,
                "--contextmap.page-cache=128m", "--contextmap.precompute=false", "--spring.main.banner-mode=off",
                // the nightly retention run must not erase anything between two dumps
                "--contextmap.retention.cron=-"));
        command.addAll(List.of(extra));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new AppProcess(process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java ... ContextMapApplication}, without arguments of the application. */
    public static List<String> command(String heap) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), ContextMapApplication.class.getName());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the log holds {@code line}; fails if the process ends first or after {@code limit}. */
    public void awaitLog(String line, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!log().contains(line)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ContextMap exited (" + process.exitValue() + ") before logging \""
                        + line + "\":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No \"" + line + "\" in the log after " + limit + ":\n" + tail());
            }
            pause(5);
        }
    }

    /** Waits until the log holds {@code line} at least {@code times} times; fails as {@link #awaitLog} does. */
    public void awaitLog(String line, int times, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (occurrences(log(), line) < times) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ContextMap exited (" + process.exitValue() + ") before logging \""
                        + line + "\" " + times + " times:\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not " + times + " \"" + line + "\" in the log after " + limit + ":\n"
                        + tail());
            }
            pause(5);
        }
    }

    private static int occurrences(String text, String line) {
        int count = 0;
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + line.length())) {
            count++;
        }
        return count;
    }

    /** Waits until start-up has finished (recovery included) and the API answers an administrator. */
    public void awaitReady(Duration limit) {
        awaitLog("Import recovery:", limit);
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                if (get("/api/users/admin").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the web server is not listening yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("ContextMap did not answer:\n" + tail());
            }
            pause(200);
        }
    }

    public HttpResponse<String> get(String path) throws IOException {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Sends a POST and does not wait for the answer, so that the process can be killed meanwhile. */
    public CompletableFuture<HttpResponse<String>> post(String path, String contentType, byte[] body) {
        return HTTP.sendAsync(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", ADMIN).header("X-Purpose", "crash test");
    }

    /** {@code SIGKILL} to the process and every process it started; returns once it is gone. */
    public void kill() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor();
    }

    /** {@code SIGTERM}: the application closes its context and the database, as at a clean shutdown. */
    public int stop() {
        process.destroy();
        return waitFor();
    }

    private int waitFor() {
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                process.waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the process to end by itself; returns its exit code. */
    public int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("ContextMap did not exit within " + limit + ":\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Milliseconds since the process was started. */
    public long uptimeMillis() {
        return (System.nanoTime() - startedAt) / 1_000_000;
    }

    /** Everything the process has printed so far. */
    public String log() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public String tail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 6_000));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
