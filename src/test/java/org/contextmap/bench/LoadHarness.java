package org.contextmap.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Many people at once (issue #18, docs/performance.md): virtual users of several roles
 * ({@link LoadUser}) work against a running ContextMap over HTTP while an administrator imports
 * a small numbered bundle ({@link LoadBundles}) at a fixed interval; afterwards every acknowledged
 * write is looked for. A plain JDK {@code HttpClient} harness, so that it needs no dependency and
 * runs both as a benchmark ({@link LoadBenchmark}) and as a short test in the build
 * ({@code LoadSmokeTest}).
 */
public final class LoadHarness {

    static final String IMPORT = "import (write, admin)";
    private static final String ADMIN = "admin";

    private final String base;
    private final ToLongFunction<Set<String>> decisionsFound;

    /**
     * @param base           the application's address, {@code http://localhost:PORT}
     * @param decisionsFound how many alert decisions with these reasons the database holds
     */
    public LoadHarness(String base, ToLongFunction<Set<String>> decisionsFound) {
        this.base = base;
        this.decisionsFound = decisionsFound;
    }

    public LoadResults run(LoadPlan plan) throws InterruptedException {
        LoadResults results = new LoadResults();
        LoadClient client = new LoadClient(base, results);
        List<String> suspects = ids(client);
        LoadUser.City city = new LoadUser.City(schools(client, suspects));
        long started = System.nanoTime();
        long deadline = started + plan.duration().toNanos();
        List<Thread> users = new ArrayList<>();
        LoadUser.Role[] roles = LoadUser.Role.values();
        for (int u = 0; u < plan.users(); u++) {
            LoadUser user = new LoadUser(client, results, roles[u % roles.length], city, plan, deadline, 1_000L + u);
            users.add(Thread.ofPlatform().name("load-user-" + u).start(user));
        }
        Thread importer = Thread.ofPlatform().name("load-importer").start(() -> imports(client, results, city, plan,
                suspects, deadline));
        for (Thread user : users) {
            user.join();
        }
        importer.join();
        results.elapsed(System.nanoTime() - started);
        results.found(decisionsFound.applyAsLong(results.decisionsAcknowledged()), importsFound(client, results));
        return results;
    }

    /** An import half an interval in, then one every interval until the deadline. */
    private static void imports(LoadClient client, LoadResults results, LoadUser.City city, LoadPlan plan,
            List<String> suspects, long deadline) {
        long every = plan.importEvery().toNanos();
        long next = System.nanoTime() + every / 2;
        int k = (int) (System.currentTimeMillis() / 1000 % 1_000_000); // a fresh number on every run on one store
        try {
            while (next < deadline) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000);
                }
                k++;
                city.latestImport = k;
                LoadClient.Answer answer = client.postZip(IMPORT, ADMIN, "/api/imports", LoadBundles.zip(k, suspects));
                if (answer.ok() && answer.json().path("status").asString().equals("IMPORTED")) {
                    results.importAcknowledged(k);
                } else if (answer.ok()) {
                    results.error(IMPORT, "import " + k + " not imported: " + answer.body());
                }
                next += every;
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Acknowledged imports whose young person is there with all of its incidents. */
    private static long importsFound(LoadClient client, LoadResults results) {
        long found = 0;
        for (int k : results.importsAcknowledged()) {
            LoadClient.Answer record = client.quietly(ADMIN, "/api/people/" + LoadBundles.person(k));
            if (record.ok() && LoadBundles.incidentsShown(k, record.body()) == LoadBundles.INCIDENTS) {
                found++;
            }
        }
        return found;
    }

    /** Children of the city, to be the suspects of the imported incidents. */
    private static List<String> ids(LoadClient client) {
        LoadClient.Answer list = client.quietly(ADMIN, "/api/people?size=500");
        if (!list.ok()) {
            throw new IllegalStateException("Cannot list the young people: " + list.status() + " " + list.body());
        }
        List<String> ids = new ArrayList<>();
        list.json().forEach(person -> {
            String id = person.get("id").asString();
            if (!id.startsWith("LOAD-")) {
                ids.add(id);
            }
        });
        if (ids.isEmpty()) {
            throw new IllegalStateException("The city has no young people to load-test with.");
        }
        return ids;
    }

    /** The schools of the first children's records. */
    private static List<String> schools(LoadClient client, List<String> children) {
        Set<String> schools = new LinkedHashSet<>();
        for (String child : children.subList(0, Math.min(60, children.size()))) {
            LoadClient.Answer record = client.quietly(ADMIN, "/api/people/" + child);
            if (record.ok()) {
                String school = record.json().path("school").path("id").asString("");
                if (!school.isEmpty()) {
                    schools.add(school);
                }
            }
        }
        if (schools.isEmpty()) {
            throw new IllegalStateException("No child of the city goes to a school.");
        }
        return List.copyOf(schools);
    }
}
