package org.contextmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.contextmap.fault.CrashHarness;

/**
 * The long run of the crash test (issue #18): ContextMap as a child process on its embedded store,
 * killed with {@code SIGKILL} at many random points of an import of a bundle of 100,000 rows and
 * more, restarted, and its data compared with the data before the import and after a clean one
 * ({@link CrashHarness}); then alert decisions killed half-way. Run it with
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.CrashBenchmark \
 *     -Dbenchmark.people=4500 -Dbenchmark.heap=1g -Dbenchmark.args="24 3 2g"
 * </pre>
 *
 * <p>Arguments: young people in the city (the bundle has about 22 rows per person), kill points
 * (default 24), alert decisions killed (default 3), the child processes' heap (default 2g), the
 * random seed (default 18). Prints the bundle's rows, the clean import's time, the kill points by
 * the phase they were aimed at and by what the restart found in the journal, the restarts, how
 * many ended equal to "before" and to "after", the mismatches (which must be 0) and the recovery
 * times. Exits with status 1 if there was a mismatch.
 */
public final class CrashBenchmark {

    private CrashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 4_500;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int decisions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String heap = args.length > 3 ? args[3] : "2g";
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 18L;
        Path work = Files.createTempDirectory("contextmap-crash");
        System.out.printf("%nContextMap crash benchmark: %,d young people, %d kill points, %d decision kills, child heap "
                + "%s, seed %d, Java %s, %d cores; work in %s%n", people, kills, decisions, heap, seed,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), work);
        long started = System.nanoTime();
        CrashHarness.Result result = new CrashHarness(new CrashHarness.Settings(people, kills, decisions, seed, heap,
                work, System.out)).run();
        print(result, (System.nanoTime() - started) / 1_000_000_000);
        CrashHarness.delete(work);
        System.exit(result.mismatches() == 0 ? 0 : 1);
    }

    private static void print(CrashHarness.Result result, long seconds) {
        List<CrashHarness.KillPoint> kills = result.kills();
        Map<CrashHarness.Window, Long> aimed = new EnumMap<>(CrashHarness.Window.class);
        Map<String, Long> found = new TreeMap<>();
        kills.forEach(kill -> {
            aimed.merge(kill.window(), 1L, Long::sum);
            found.merge(kill.found() + (kill.found().equals("NONE") ? " (" + kill.equalTo() + ")" : ""), 1L,
                    Long::sum);
        });
        var recoveries = kills.stream().filter(kill -> kill.found().equals("RUNNING"))
                .mapToLong(CrashHarness.KillPoint::recoveryMillis).sorted().toArray();
        System.out.printf("%nrows in the bundle              %,d%n", result.rows());
        System.out.printf("clean import over HTTP          %,d ms (validate %,d ms, write %,d ms on the server)%n",
                result.cleanMillis(), result.checkMillis(), result.writeMillis());
        System.out.printf("kill points tried               %d: aimed %s%n", kills.size(), aimed);
        System.out.printf("journal state found at restart  %s%n", found);
        System.out.printf("restarts                        %d%n", result.restarts());
        System.out.printf("equal to before / after         %d / %d%n",
                kills.stream().filter(k -> k.equalTo().equals("before")).count(),
                kills.stream().filter(k -> k.equalTo().equals("after")).count());
        System.out.printf("acknowledged imports, kept      %d, %d%n",
                kills.stream().filter(CrashHarness.KillPoint::acknowledged).count(),
                kills.stream().filter(k -> k.acknowledged() && k.equalTo().equals("after")).count());
        System.out.printf("recovery log complete           %d of %d%n",
                kills.stream().filter(CrashHarness.KillPoint::logComplete).count(), kills.size());
        if (recoveries.length > 0) {
            System.out.printf("undo at restart (%d imports)     min %,d ms, median %,d ms, max %,d ms%n",
                    recoveries.length, recoveries[0], recoveries[recoveries.length / 2],
                    recoveries[recoveries.length - 1]);
        }
        System.out.printf("alert decisions killed          %d: %d wholly there, %d not at all, %d half-written%n",
                result.decisions().size(), result.decisions().stream().filter(d -> d.decisionNodes() == 1).count(),
                result.decisions().stream().filter(d -> d.decisionNodes() == 0).count(),
                result.decisions().stream().filter(d -> !d.consistent()).count());
        System.out.printf("MISMATCHES                      %d%n", result.mismatches());
        System.out.printf("whole run                       %,d s%n", seconds);
    }
}
