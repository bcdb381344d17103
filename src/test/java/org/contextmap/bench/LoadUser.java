package org.contextmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One virtual user of the load harness: signed in as one demo account, it loops until the
 * deadline over the requests its role makes, picked at random by the role's weights, with a
 * think time between them (uniform between the plan's bounds, as a person reading a screen).
 * Roles that see every record also, now and then, open the record of the import being written
 * and check that they see all of it or none of it ({@link LoadBundles}).
 */
final class LoadUser implements Runnable {

    static final String RECORD = "record";
    static final String IMPORT_PROBE = "record of a new import";
    static final String NETWORK = "ego network";
    static final String RISK_LIST = "risk list";
    static final String ALERTS = "alerts";
    static final String HOTSPOTS = "hotspots";
    static final String SCHOOL_VIEW = "school view";
    static final String DECISION = "alert decision (write)";

    /** Demo accounts and how often each opens (per 100 requests): record, network, risk list, alerts, hotspots, school view, decision. */
    enum Role {
        SOCIAL_CARE("socialcare", true, 40, 15, 10, 15, 5, 5, 10),
        POLICE("police", true, 40, 20, 15, 10, 10, 0, 5),
        YOUTH_JUSTICE("youthjustice", true, 40, 20, 10, 15, 5, 0, 10),
        EDUCATION("school", false, 40, 10, 5, 15, 0, 25, 5),
        HEALTH("health", false, 45, 10, 5, 25, 5, 0, 10),
        ANALYST("analyst", false, 0, 0, 40, 30, 20, 10, 0);

        final String user;
        final boolean seesEveryRecord;
        final int[] weights;

        Role(String user, boolean seesEveryRecord, int... weights) {
            this.user = user;
            this.seesEveryRecord = seesEveryRecord;
            this.weights = weights;
        }
    }

    /** What every user shares: the schools of the city, and the import now being written (0: none yet). */
    static final class City {
        final List<String> schools;
        volatile int latestImport;

        City(List<String> schools) {
            this.schools = schools;
        }
    }

    private final LoadClient client;
    private final LoadResults results;
    private final Role role;
    private final City city;
    private final LoadPlan plan;
    private final long deadline;
    private final Random random;
    private List<String> children = List.of();
    private List<String> undecided = new ArrayList<>();

    LoadUser(LoadClient client, LoadResults results, Role role, City city, LoadPlan plan, long deadline, long seed) {
        this.client = client;
        this.results = results;
        this.role = role;
        this.city = city;
        this.plan = plan;
        this.deadline = deadline;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        children = children();
        try {
            Thread.sleep(random.nextInt(plan.thinkMaxMillis() + 1)); // users do not all start at once
            while (System.nanoTime() < deadline) {
                step(pick());
                Thread.sleep(plan.thinkMinMillis() + random.nextInt(plan.thinkMaxMillis() - plan.thinkMinMillis() + 1));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** The children this user can open: a random page of the people list as the role sees it. */
    private List<String> children() {
        if (role.weights[0] == 0) {
            return List.of();
        }
        LoadClient.Answer first = client.quietly(role.user, "/api/people?size=500&page=" + random.nextInt(4));
        if (!first.ok() || first.json().isEmpty()) {
            first = client.quietly(role.user, "/api/people?size=500");
        }
        List<String> ids = new ArrayList<>();
        if (first.ok()) {
            first.json().forEach(person -> ids.add(person.get("id").asString()));
        }
        return ids;
    }

    private int pick() {
        int total = 0;
        for (int weight : role.weights) {
            total += weight;
        }
        int at = random.nextInt(total);
        for (int kind = 0; kind < role.weights.length; kind++) {
            at -= role.weights[kind];
            if (at < 0) {
                return kind;
            }
        }
        return 2;
    }

    private void step(int kind) {
        switch (kind) {
            case 0 -> record();
            case 1 -> network();
            case 2 -> client.get(RISK_LIST, role.user, "/api/risk?size=50");
            case 3 -> alerts();
            case 4 -> client.get(HOTSPOTS, role.user, "/api/hotspots");
            case 5 -> client.get(SCHOOL_VIEW, role.user, "/api/schools/" + any(city.schools) + "/location-risk");
            default -> decide();
        }
    }

    private void record() {
        int importing = city.latestImport;
        if (role.seesEveryRecord && importing > 0 && random.nextInt(10) == 0) {
            LoadClient.Answer answer = client.get(IMPORT_PROBE, role.user, "/api/people/" + LoadBundles.person(importing),
                    404);
            if (answer.status() == 404 || answer.ok()) {
                results.importProbed(answer.status() == 404
                        || LoadBundles.incidentsShown(importing, answer.body()) == LoadBundles.INCIDENTS);
            }
        } else if (!children.isEmpty()) {
            client.get(RECORD, role.user, "/api/people/" + any(children));
        }
    }

    private void network() {
        if (!children.isEmpty()) {
            client.get(NETWORK, role.user, "/api/people/" + any(children) + "/network?hops=2");
        }
    }

    private void alerts() {
        LoadClient.Answer answer = client.get(ALERTS, role.user, "/api/alerts?size=100");
        if (answer.ok()) {
            List<String> open = new ArrayList<>();
            for (JsonNode alert : answer.json()) {
                open.add(alert.get("id").asString());
            }
            undecided = open;
        }
    }

    /** Acknowledges one of the alerts last listed; 404 is expected when an import has changed it since. */
    private void decide() {
        if (undecided.isEmpty()) {
            alerts();
            return;
        }
        String alert = undecided.remove(random.nextInt(undecided.size()));
        String reason = "load test " + UUID.randomUUID();
        LoadClient.Answer answer = client.postJson(DECISION, role.user, "/api/alerts/" + alert + "/decision",
                "{\"decision\":\"ACKNOWLEDGED\",\"reason\":\"" + reason + "\"}", 404);
        if (answer.ok()) {
            results.decisionAcknowledged(reason);
        }
    }

    private String any(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
