package org.contextmap.bench;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertCode;
import org.contextmap.alert.AlertPriority;
import org.contextmap.alert.AlertSettings;
import org.contextmap.alert.PracticeRules;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.Bundle;

/**
 * The demo city's open alerts as a team would meet them: how many by priority and by code, how many
 * children have any and how many an urgent one, and how many alerts a child with alerts has (an alert
 * older than the open-risk period is routine whatever its code). The
 * figures in the README come from this, on the demo city of 2,000 as the application generates it
 * on the given day (default today):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.AlertRates \
 *     -Dbenchmark.people=2000 [-Dbenchmark.args=2026-12-07]
 * </pre>
 */
public final class AlertRates {

    private AlertRates() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        LocalDate day = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
        Bundle city = DemoCityGenerator.generate(DemoCitySpec.of(people, day));
        List<Alert> alerts = PracticeRules.evaluate(AlertBenchmark.book(city), day, AlertSettings.DEFAULTS);
        Map<AlertPriority, Integer> byPriority = new EnumMap<>(AlertPriority.class);
        Map<AlertPriority, Map<AlertCode, Integer>> byCode = new EnumMap<>(AlertPriority.class);
        Map<String, Integer> perChild = new HashMap<>();
        Map<String, Boolean> urgent = new HashMap<>();
        for (Alert alert : alerts) {
            byPriority.merge(alert.priority(), 1, Integer::sum);
            byCode.computeIfAbsent(alert.priority(), p -> new TreeMap<>()).merge(alert.code(), 1, Integer::sum);
            perChild.merge(alert.personId(), 1, Integer::sum);
            urgent.merge(alert.personId(), alert.priority() == AlertPriority.URGENT, Boolean::logicalOr);
        }
        long urgentChildren = urgent.values().stream().filter(b -> b).count();
        System.out.printf(Locale.ROOT, "Open alerts on the demo city of %,d young people on %s: %,d alerts for %,d "
                + "children (%.1f%%), %.1f per child with any; %,d children (%.1f%%) with an urgent alert%n",
                people, day, alerts.size(), perChild.size(), 100.0 * perChild.size() / people,
                perChild.isEmpty() ? 0 : (double) alerts.size() / perChild.size(), urgentChildren,
                100.0 * urgentChildren / people);
        for (AlertPriority priority : AlertPriority.values()) {
            System.out.printf(Locale.ROOT, "  %-8s %,6d%n", priority, byPriority.getOrDefault(priority, 0));
            byCode.getOrDefault(priority, Map.of()).forEach((code, count) -> System.out.printf(Locale.ROOT,
                    "      %-36s %,6d%n", code, count));
        }
    }
}
