package org.contextmap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.ContextMapApplication;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertService;
import org.contextmap.alert.AlertSettings;
import org.contextmap.alert.CaseBook;
import org.contextmap.alert.PracticeRules;
import org.contextmap.base.Agency;
import org.contextmap.database.GraphVersion;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.Bundle;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.exchange.CsvBundleWriter;
import org.contextmap.group.GroupRelationKind;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Involvement;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.RelationshipKind;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * How fast the practice rules run on a generated city: every rule for everyone, from a case book
 * in memory and through the application (read from the embedded database, then evaluated); and
 * after one new incident, the re-evaluation of the people it affects. Run it with
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.AlertBenchmark -Dbenchmark.people=20000
 * </pre>
 */
public final class AlertBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Bundle city = DemoCityGenerator.generate(DemoCitySpec.of(people, DAY));
        System.out.printf("%nContextMap alert benchmark: %,d young people, %,d incidents, %,d referrals, %,d meetings, "
                + "Java %s, %d cores%n", city.youngPeople().size(), city.incidents().size(), city.referrals().size(),
                city.meetings().size(), Runtime.version(), Runtime.getRuntime().availableProcessors());

        CaseBook book = book(city);
        List<Alert> alerts = List.of();
        long[] times = new long[20];
        for (int round = 0; round < times.length; round++) {
            long started = System.nanoTime();
            alerts = PracticeRules.evaluate(book, DAY, AlertSettings.DEFAULTS);
            times[round] = System.nanoTime() - started;
        }
        System.out.printf("  every rule for everyone, case book in memory: %,d alerts, first %.0f ms, median of 20 "
                + "%.0f ms, best %.0f ms%n", alerts.size(), times[0] / 1e6,
                Arrays.stream(times).sorted().toArray()[times.length / 2] / 1e6,
                Arrays.stream(times).min().orElseThrow() / 1e6);
        long best;
        Map<String, Long> byCode = new HashMap<>();
        alerts.forEach(a -> byCode.merge(a.code().name(), 1L, Long::sum));
        byCode.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("    %-36s %,8d%n", e.getKey(), e.getValue()));

        // one new incident: a stabbing of the first young person by the second
        String victim = city.youngPeople().get(0).id();
        String suspect = city.youngPeople().get(1).id();
        book.incident(new Incident("BENCH-1", DAY.minusDays(10).atTime(22, 0), IncidentType.STABBING, Severity.SERIOUS,
                Weapon.KNIFE, null, null, null), Map.of(victim, Role.VICTIM, suspect, Role.SUSPECT));
        best = Long.MAX_VALUE;
        int affectedCount = 0;
        for (int round = 0; round < 20; round++) {
            long started = System.nanoTime();
            Set<String> affected = new HashSet<>(Set.of(victim, suspect));
            for (String id : Set.of(victim, suspect)) {
                affected.addAll(book.familyMembers(id));
                affected.addAll(book.recordedSiblings(id));
                book.incidents(id, DAY).forEach(i -> affected.addAll(i.parties().keySet()));
            }
            List<Alert> again = new ArrayList<>();
            for (String id : affected) {
                again.addAll(PracticeRules.evaluate(book.person(id), book, DAY, AlertSettings.DEFAULTS));
            }
            best = Math.min(best, System.nanoTime() - started);
            affectedCount = affected.size();
        }
        System.out.printf("  after one new incident, the %d affected people: best of 20 %.3f ms%n", affectedCount,
                best / 1e6);

        Path folder = Files.createTempDirectory("contextmap-alert-bench");
        CsvBundleWriter.writeFolder(city, folder);
        try (var context = ContextMapApplication.withoutWeb().run("--contextmap.store-temporary=true",
                "--contextmap.demo=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            context.getBean(BundleImporter.class).importFolder(folder, false);
            AlertService service = context.getBean(AlertService.class);
            var all = new AlertService.Filter(null, null, null, null, true);
            long started = System.nanoTime();
            int count = service.alerts(DAY, all).size();
            long first = System.nanoTime() - started;
            long again = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) { // a change that does not say what it touched
                context.getBean(GraphVersion.class).bump();
                started = System.nanoTime();
                service.alerts(DAY, all);
                again = Math.min(again, System.nanoTime() - started);
            }
            List<String> otherDays = new ArrayList<>();
            for (int weeks = 1; weeks <= 5; weeks++) { // the case book cached, each day evaluated the first time
                started = System.nanoTime();
                service.alerts(DAY.minusWeeks(weeks), all);
                otherDays.add(String.format("%.0f", (System.nanoTime() - started) / 1e6));
            }
            System.out.printf("  through the application: %,d alerts; read the case book from Neo4j and evaluate "
                    + "%.0f ms (first request after the import), %.0f ms (best of 5, after a change that does not say what "
                    + "it touched); five other days, case book cached: %s ms%n", count, first / 1e6, again / 1e6,
                    String.join(", ", otherDays));
            for (String id : List.of("BENCH-4", "BENCH-5")) { // the second with the queries planned
                stabbingByAnotherInstance(context, id, victim, suspect, service, all);
            }
            for (String id : List.of("BENCH-2", "BENCH-3")) { // the second with the queries planned
                stabbingImported(context, city, folder.resolveSibling(folder.getFileName() + "-" + id), id, victim,
                        suspect, service, all);
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Writes a stabbing as another instance sharing the database would (the incident and its
     * parties, then the data version moved on with what it touched), with no event reaching this
     * instance, and times the next listing: the case book catches up from the recorded change.
     */
    private static void stabbingByAnotherInstance(ConfigurableApplicationContext context,
            String id, String victim, String suspect, AlertService service, AlertService.Filter all) {
        context.getBean(Neo4jClient.class).query("""
                MATCH (v:YoungPerson {id: $victim}), (s:YoungPerson {id: $suspect})
                CREATE (i:Incident {id: $id, occurredAt: localdatetime($at), type: 'STABBING', severity: 'SERIOUS',
                        weapon: 'KNIFE', source: 'POLICE'})
                CREATE (v)-[:INVOLVED_IN {role: 'VICTIM'}]->(i), (s)-[:INVOLVED_IN {role: 'SUSPECT'}]->(i)
                """).bindAll(Map.of("victim", victim, "suspect", suspect, "id", id,
                "at", DAY.minusDays(4).atTime(20, 0).toString())).run();
        context.getBean(GraphVersion.class).bump(GraphVersion.Change
                .of(Set.of(victim, suspect), Set.of(id), List.of("incidents.csv", "incident_people.csv"), false));
        long started = System.nanoTime();
        List<Alert> alerts = service.alerts(DAY, all);
        long listed = System.nanoTime() - started;
        System.out.printf("  one new stabbing written by another instance (%s): every alert on the day, caught up "
                + "from the recorded change, %.0f ms (%,d alerts, %s)%n", id, listed / 1e6, alerts.size(),
                alerts.stream().anyMatch(a -> a.facts().stream().anyMatch(f -> f.id().equals(id)))
                        ? "the stabbing's alerts among them" : "NO ALERT FOR THE STABBING");
    }

    /**
     * Imports a bundle of one new stabbing (the two young people's rows, the incident and its
     * parties) through the application and times the import and the next listing: only the
     * people it affects are read again and re-evaluated.
     */
    private static void stabbingImported(ConfigurableApplicationContext context,
            Bundle city, Path folder, String id, String victim, String suspect, AlertService service,
            AlertService.Filter all)
            throws IOException {
        Bundle stabbing = new Bundle(city.youngPeople().stream().filter(p -> p.id().equals(victim)
                || p.id().equals(suspect)).toList(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Incident(id, DAY.minusDays(5).atTime(21, 0), IncidentType.STABBING,
                        Severity.SERIOUS, Weapon.KNIFE, null, Agency.POLICE, "benchmark")),
                List.of(new Involvement(id, victim, Role.VICTIM), new Involvement(id, suspect,
                        Role.SUSPECT)), List.of(), List.of(), List.of(), List.of());
        Files.createDirectories(folder);
        CsvBundleWriter.writeFolder(stabbing, folder);
        long started = System.nanoTime();
        var report = context.getBean(BundleImporter.class).importFolder(folder, false);
        long imported = System.nanoTime() - started;
        long written = report.durationMillis();
        started = System.nanoTime();
        List<Alert> alerts = service.alerts(DAY, all);
        long listed = System.nanoTime() - started;
        System.out.printf("  one new stabbing imported through the application (%s, %s): import %.0f ms of which "
                + "written %d ms and the caches brought up to date %.0f ms; then every alert on the day %.0f ms "
                + "(%,d alerts, %s)%n", id, report.status(), imported / 1e6, written, imported / 1e6 - written,
                listed / 1e6, alerts.size(), alerts.stream().anyMatch(a -> a.facts().stream().anyMatch(f -> f.id().equals(id)))
                        ? "the stabbing's alerts among them" : "NO ALERT FOR THE STABBING");
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The city's case book in memory, as the application would read it from the database. */
    static CaseBook book(Bundle city) {
        CaseBook book = new CaseBook();
        city.youngPeople().forEach(book::person);
        Map<String, Map<String, Role>> parties = new HashMap<>();
        for (Involvement involvement : city.incidentPeople()) {
            parties.computeIfAbsent(involvement.incidentId(), i -> new HashMap<>())
                    .put(involvement.personId(), involvement.role());
        }
        city.incidents().forEach(i -> book.incident(i, parties.getOrDefault(i.id(), Map.of())));
        city.referrals().forEach(book::referral);
        city.meetings().forEach(book::meeting);
        city.educationEvents().forEach(book::education);
        city.peerGroups().forEach(g -> book.group(g.id(), g.name()));
        city.groupAssociations().forEach(a -> book.association(a.personId(), a.groupId(), a.provenance().since()));
        city.groupRelations().stream().filter(r -> r.kind() == GroupRelationKind.CONFLICT)
                .forEach(r -> book.conflict(r.groupA(), r.groupB(), r.since()));
        city.relationships().stream().filter(r -> r.kind() == RelationshipKind.SIBLING)
                .forEach(r -> book.siblings(r.personA(), r.personB()));
        return book;
    }

}
