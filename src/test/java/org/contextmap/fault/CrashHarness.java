package org.contextmap.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.CsvBundleWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Proves that an import is all-or-nothing by killing the process (the Jepsen way): ContextMap runs
 * as a child process on a store that already holds a city; a bundle that changes and adds to that
 * city is posted over HTTP; the process gets {@code SIGKILL} at a random moment; it is started
 * again on the same store (its start-up recovery runs), stopped cleanly, and the store is dumped.
 * The dump must equal exactly either the dump before the import or the dump after a clean,
 * uninterrupted import — and the latter whenever the import had been acknowledged (HTTP 200) before
 * the kill. After a kill mid-write, the log must say what recovery found and undid.
 *
 * <p>Kill moments are spread over the clean import's phases, measured first: while the bundle is
 * uploaded and validated (a random time before writing starts), while its batches are written
 * (after the application logs the k-th of the bundle's dozen files written, k random up to
 * {@value #WRITTEN_FILES_BEFORE_KILL}, and a random moment more, so kills fall between batches
 * and during commits however fast the machine is that day), and right after the last batch
 * (as soon as the application logs the import as done, before it answers).
 */
public final class CrashHarness {

    /** What the harness aims at; what the restart finds is judged from the journal (the recovery log). */
    public enum Window { VALIDATING, WRITING, AFTER_LAST_BATCH }

    /** @param people young people in the city; the changing bundle has about 22 rows per person */
    public record Settings(int people, int kills, int decisionKills, long seed, String heap, Path work, PrintStream out) {
    }

    /**
     * One kill and its restart: when and where it was aimed, the journal state recovery found
     * (NONE, CHECKING, RUNNING), whether the import had been acknowledged, which dump the store equals.
     */
    public record KillPoint(int number, Window window, long killedAfterMillis, String found, boolean acknowledged,
            String equalTo, boolean logComplete, long recoveryMillis, String difference) {

        public boolean mismatch() {
            return equalTo.equals("neither") || acknowledged && !equalTo.equals("after");
        }
    }

    /** One alert decision killed half-way: whether it is wholly there or not at all afterwards. */
    public record DecisionKill(int number, long killedAfterMillis, boolean acknowledged, long decisionNodes,
            boolean shownDecided, boolean earlierDecisionKept) {

        public boolean consistent() {
            return earlierDecisionKept && (decisionNodes == 0 && !shownDecided || decisionNodes == 1 && shownDecided)
                    && (!acknowledged || decisionNodes == 1);
        }
    }

    public record Result(long rows, long cleanMillis, long checkMillis, long writeMillis, List<KillPoint> kills,
            List<DecisionKill> decisions, int restarts) {

        public long mismatches() {
            return kills.stream().filter(KillPoint::mismatch).count()
                    + decisions.stream().filter(d -> !d.consistent()).count();
        }
    }

    static final LocalDate CITY_DAY = LocalDate.of(2026, 11, 1);
    private static final Pattern FOUND = Pattern.compile("Found import (\\S+) left (CHECKING|RUNNING)");
    private static final Pattern RECOVERED = Pattern.compile(
            "Recovered import (\\S+) in (\\d+) ms: (\\d+) nodes and (\\d+) relationships deleted, (\\d+) records");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A safeguard against a process that hangs, not a limit on the time anything may take. */
    private static final Duration START_LIMIT = Duration.ofMinutes(30);

    private final Settings settings;
    /** A kill while writing comes after at most this many of the bundle's files are written. */
    private static final int WRITTEN_FILES_BEFORE_KILL = 6;

    private final Random random;
    private int restarts;

    public CrashHarness(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    public Result run() throws IOException {
        PrintStream out = settings.out();
        Path work = settings.work();
        var spec = DemoCitySpec.of(settings.people(), CITY_DAY);
        CsvBundleWriter.writeFolder(DemoCityGenerator.generate(spec), work.resolve("base"));
        var change = DemoCityGenerator.generate(spec.withSeed(spec.seed() + 1));
        long rows = change.rowCount();
        var zip = new ByteArrayOutputStream();
        CsvBundleWriter.writeZip(change, zip);
        byte[] bundle = zip.toByteArray();
        change = null;
        out.printf("bundle: %,d rows (%,d bytes zipped) changing a city of %,d young people%n", rows, bundle.length,
                settings.people());

        Path template = work.resolve("template");
        importBase(work.resolve("base"), template, work.resolve("logs/base.log"));
        Set<String> known = StoreDump.importIds(template);
        Instant cutoff = Instant.now();
        List<String> before = StoreDump.of(template, known, cutoff);

        Path clean = work.resolve("clean");
        copy(template, clean);
        long cleanMillis;
        JsonNode report;
        try (AppProcess app = AppProcess.start(clean, work.resolve("logs/clean.log"), settings.heap())) {
            app.awaitReady(START_LIMIT);
            long started = System.nanoTime();
            HttpResponse<String> answer = app.post("/api/imports", "application/zip", bundle).join();
            cleanMillis = (System.nanoTime() - started) / 1_000_000;
            report = JSON.readTree(answer.body());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the clean import answered " + answer.statusCode() + ": "
                        + abbreviated(answer.body()));
            }
            app.stop();
        }
        List<String> after = StoreDump.of(clean, known, cutoff);
        long checkMillis = report.path("checkMillis").asLong();
        long writeMillis = report.path("durationMillis").asLong() - checkMillis;
        long writeStarts = Math.max(1, cleanMillis - writeMillis);
        out.printf("clean import: %,d ms over HTTP (of which %,d ms upload, read and validate, %,d ms writing); "
                + "%,d lines in the dump before, %,d after%n", cleanMillis, writeStarts, writeMillis, before.size(),
                after.size());
        if (before.equals(after)) {
            throw new IllegalStateException("the import under test changes nothing");
        }

        List<KillPoint> kills = new ArrayList<>();
        List<Window> plan = plan(settings.kills());
        for (int i = 0; i < plan.size(); i++) {
            KillPoint point = killImport(i + 1, plan.get(i), bundle, template, work, before, after, known, cutoff,
                    writeStarts, writeMillis);
            kills.add(point);
            out.printf("kill %2d: aimed %-16s killed after %,6d ms; recovery found %-8s acknowledged %-5s "
                    + "→ equals %-7s log %s, recovery %,d ms%s%n", point.number(), point.window(),
                    point.killedAfterMillis(), point.found(), point.acknowledged(), point.equalTo(),
                    point.logComplete() ? "complete" : "INCOMPLETE", point.recoveryMillis(),
                    point.difference().isEmpty() ? "" : "\n" + point.difference());
        }
        List<DecisionKill> decisions = new ArrayList<>();
        for (int i = 0; i < settings.decisionKills(); i++) {
            DecisionKill kill = killDecision(i + 1, clean, work);
            decisions.add(kill);
            out.printf("decision kill %d: killed after %,d ms; acknowledged %-5s decision nodes %d, shown decided %-5s"
                    + " earlier decision kept %s → %s%n", kill.number(), kill.killedAfterMillis(), kill.acknowledged(),
                    kill.decisionNodes(), kill.shownDecided(), kill.earlierDecisionKept(),
                    kill.consistent() ? "whole or absent" : "HALF-WRITTEN");
        }
        return new Result(rows, cleanMillis, checkMillis, writeMillis, kills, decisions, restarts);
    }

    /** A fifth of the kills while validating, a sixth right after the last batch, the rest while writing. */
    private List<Window> plan(int kills) {
        List<Window> plan = new ArrayList<>();
        int validating = Math.max(1, kills / 5);
        int last = kills >= 3 ? Math.max(1, kills / 6) : 0;
        for (int i = 0; i < kills; i++) {
            plan.add(i < validating ? Window.VALIDATING : i < kills - last ? Window.WRITING : Window.AFTER_LAST_BATCH);
        }
        return plan;
    }

    private KillPoint killImport(int number, Window window, byte[] bundle, Path template, Path work,
            List<String> before, List<String> after, Set<String> known, Instant cutoff, long writeStarts,
            long writeMillis) throws IOException {
        Path store = work.resolve("kill");
        delete(store);
        copy(template, store);
        long killedAfter;
        boolean acknowledged;
        try (AppProcess app = AppProcess.start(store, work.resolve("logs/kill-" + number + ".log"), settings.heap())) {
            app.awaitReady(START_LIMIT);
            long posted = System.nanoTime();
            CompletableFuture<HttpResponse<String>> answer = app.post("/api/imports", "application/zip", bundle);
            switch (window) {
                case VALIDATING -> AppProcess.pause((long) (random.nextDouble() * writeStarts));
                case WRITING -> {
                    // after the k-th file of the bundle is written (of a dozen), and a moment into the next:
                    // between batches or during a commit, whatever the machine's speed that day
                    app.awaitLog("checked its bundle and saved the before image", START_LIMIT);
                    app.awaitLog("Wrote ", 1 + random.nextInt(WRITTEN_FILES_BEFORE_KILL), START_LIMIT);
                    AppProcess.pause((long) (random.nextDouble() * Math.min(writeMillis / 10, 500)));
                }
                case AFTER_LAST_BATCH -> app.awaitLog("Imported ", START_LIMIT);
            }
            app.kill();
            killedAfter = (System.nanoTime() - posted) / 1_000_000;
            acknowledged = answer.isDone() && !answer.isCompletedExceptionally() && answer.join().statusCode() == 200;
        }
        String log;
        long recoveryMillis;
        try (AppProcess app = AppProcess.start(store, work.resolve("logs/restart-" + number + ".log"),
                settings.heap())) {
            restarts++;
            app.awaitLog("Import recovery:", START_LIMIT);
            log = app.log();
            app.stop();
        }
        Matcher found = FOUND.matcher(log);
        String state = found.find() ? found.group(2) : "NONE";
        Matcher recovered = RECOVERED.matcher(log);
        boolean complete = switch (state) {
            case "RUNNING" -> recovered.find() && recovered.group(1).equals(found.group(1))
                    && log.contains("Import recovery: 1 import(s) left unfinished");
            case "CHECKING" -> log.contains("had written nothing yet");
            default -> log.contains("Import recovery: no import was left unfinished");
        };
        recoveryMillis = state.equals("RUNNING") && recovered.find(0) ? Long.parseLong(recovered.group(2)) : 0;
        List<String> dump = StoreDump.of(store, known, cutoff);
        String equalTo = dump.equals(before) ? "before" : dump.equals(after) ? "after" : "neither";
        String difference = switch (equalTo) {
            case "neither" -> "  against before: " + StoreDump.difference(before, dump) + "\n  against after: "
                    + StoreDump.difference(after, dump);
            case "before" -> acknowledged ? "  acknowledged but lost: " + StoreDump.difference(after, dump) : "";
            default -> "";
        };
        return new KillPoint(number, window, killedAfter, state, acknowledged, equalTo, complete, recoveryMillis,
                difference);
    }

    /**
     * Decides one alert (acknowledged: it must survive), then posts a decision on another and kills
     * the process at a random moment within twice the first decision's time; after a restart, the
     * second decision is wholly there (its node, and the alert shown as decided) or not at all.
     */
    private DecisionKill killDecision(int number, Path clean, Path work) throws IOException {
        Path store = work.resolve("decision");
        delete(store);
        copy(clean, store);
        String query = "/api/alerts?asOf=" + CITY_DAY + "&size=1000&includeDecided=true";
        String first;
        String second;
        long killedAfter;
        boolean acknowledged;
        try (AppProcess app = AppProcess.start(store, work.resolve("logs/decision-" + number + ".log"),
                settings.heap())) {
            app.awaitReady(START_LIMIT);
            List<String> open = new ArrayList<>();
            JSON.readTree(app.get(query).body()).forEach(alert -> {
                if (alert.path("decision").isMissingNode() || alert.path("decision").isNull()) {
                    open.add(alert.path("id").asString());
                }
            });
            if (open.size() < 2) {
                throw new IllegalStateException("the city has fewer than two open alerts on " + CITY_DAY);
            }
            first = open.get(random.nextInt(open.size() / 2));
            second = open.get(open.size() / 2 + random.nextInt(open.size() - open.size() / 2));
            long started = System.nanoTime();
            HttpResponse<String> decided = decide(app, first).join();
            long decisionMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            if (decided.statusCode() != 200) {
                throw new IllegalStateException("a decision answered " + decided.statusCode() + ": " + decided.body());
            }
            long posted = System.nanoTime();
            CompletableFuture<HttpResponse<String>> answer = decide(app, second);
            AppProcess.pause((long) (random.nextDouble() * 2 * decisionMillis));
            app.kill();
            killedAfter = (System.nanoTime() - posted) / 1_000_000;
            acknowledged = answer.isDone() && !answer.isCompletedExceptionally() && answer.join().statusCode() == 200;
        }
        boolean shownDecided;
        boolean firstShown;
        try (AppProcess app = AppProcess.start(store, work.resolve("logs/decision-restart-" + number + ".log"),
                settings.heap())) {
            restarts++;
            app.awaitReady(START_LIMIT);
            JsonNode alerts = JSON.readTree(app.get(query).body());
            shownDecided = decided(alerts, second);
            firstShown = decided(alerts, first);
            app.stop();
        }
        long secondNodes = StoreDump.decisions(store, second);
        long firstNodes = StoreDump.decisions(store, first);
        return new DecisionKill(number, killedAfter, acknowledged, secondNodes, shownDecided,
                firstNodes == 1 && firstShown);
    }

    private static boolean decided(JsonNode alerts, String id) {
        for (JsonNode alert : alerts) {
            if (alert.path("id").asString().equals(id)) {
                return !alert.path("decision").isMissingNode() && !alert.path("decision").isNull();
            }
        }
        return false;
    }

    private static CompletableFuture<HttpResponse<String>> decide(AppProcess app, String alert) {
        String path = "/api/alerts/" + java.net.URLEncoder.encode(alert, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "/decision?asOf=" + CITY_DAY;
        return app.post(path, "application/json",
                "{\"decision\":\"ACKNOWLEDGED\",\"reason\":\"crash test\"}".getBytes());
    }

    /** {@code --import=FOLDER}: the base city, written by the application's own import command. */
    private void importBase(Path folder, Path store, Path log) throws IOException {
        List<String> command = new ArrayList<>(AppProcess.command(settings.heap()));
        command.addAll(List.of("--import=" + folder, "--contextmap.store=" + store, "--contextmap.demo=false",
                "--contextmap.page-cache=128m"));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the base import failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }
}
