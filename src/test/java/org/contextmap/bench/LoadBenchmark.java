package org.contextmap.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.ContextMapApplication;
import org.contextmap.base.BackgroundWork;
import org.contextmap.base.DataLoading;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Many people at once (issue #18): the application starts on a temporary embedded store with the
 * demo city, and once the work after the city's import is done, {@link LoadHarness} runs its mix
 * of signed-in users of six roles (think time 1–3 s) with an import every minute, and prints the
 * latency of each kind of request, the throughput, the errors and the writes acknowledged and
 * found afterwards. Run it with (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.LoadBenchmark \
 *     -Dbenchmark.people=20000 -Dbenchmark.heap=6g -Dbenchmark.args="50 600"
 * </pre>
 *
 * The arguments after the number of people: virtual users (50) and seconds (600). Exits with
 * status 1 when there were errors, lost writes or a half-written import seen.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        long started = System.nanoTime();
        LoadResults results;
        try (ConfigurableApplicationContext context = new SpringApplication(ContextMapApplication.class).run(
                "--contextmap.store-temporary=true", "--contextmap.demo=true", "--contextmap.demo-people=" + people,
                "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            awaitReady(context);
            System.out.printf("LoadBenchmark: demo city of %,d young people ready %.0f s after start; %d users for "
                    + "%d s, think time 1-3 s, an import every minute; %d cores, heap max %s%n", people,
                    (System.nanoTime() - started) / 1e9, users, seconds, Runtime.getRuntime().availableProcessors(),
                    Figures.mib(Runtime.getRuntime().maxMemory()));
            results = new LoadHarness(base(context), decisionsFound(context))
                    .run(LoadPlan.of(users, Duration.ofSeconds(seconds)));
            results.print(System.out);
        }
        System.exit(results.errors() == 0 && results.lostWrites() == 0 && results.halfWrittenSightings() == 0 ? 0 : 1);
    }

    /** Waits until the demo city is loaded and the work after its import has finished. */
    static void awaitReady(ApplicationContext context) throws InterruptedException {
        DataLoading loading = context.getBean(DataLoading.class);
        BackgroundWork background = context.getBean(BackgroundWork.class);
        while (loading.progress().loading()) {
            Thread.sleep(200);
        }
        Thread.sleep(500);
        while (background.pending() > 0) {
            Thread.sleep(200);
        }
    }

    static String base(ApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Counts the alert decisions in the database that carry one of the given reasons. */
    static java.util.function.ToLongFunction<Set<String>> decisionsFound(ApplicationContext context) {
        Neo4jClient client = context.getBean(Neo4jClient.class);
        return reasons -> reasons.isEmpty() ? 0 : client.query("""
                MATCH (d:AlertDecision) WHERE d.reason IN $reasons RETURN count(DISTINCT d.reason) AS found
                """).bindAll(Map.of("reasons", List.copyOf(reasons))).fetchAs(Long.class).one().orElse(0L);
    }
}
