package org.contextmap.bench;

import static org.contextmap.bench.Figures.mib;
import static org.contextmap.bench.Figures.seconds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.contextmap.base.PageRequest;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.Bundle;
import org.contextmap.hotspot.BundleHarmMap;
import org.contextmap.hotspot.CommunityTensions;
import org.contextmap.hotspot.HarmMap;
import org.contextmap.hotspot.HarmMapReports;
import org.contextmap.hotspot.HotspotReports;
import org.contextmap.hotspot.HotspotSettings;
import org.contextmap.place.LocationType;

/**
 * How fast hotspots and location risk are once the harm map is in memory: a generated city's map
 * is built straight from its bundle (standing in for the one read of the database), then it times
 * the hotspots with grid and near repeats over the whole two years and over the last 90 days, and
 * every school's view (median and worst). Run it with (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.HotspotBenchmark \
 *     -Dbenchmark.people=20000 -Dbenchmark.heap=3g
 * </pre>
 *
 * Arguments: people, relationship rows per person (default 10), incidents per person (default 2.5).
 */
public final class HotspotBenchmark {

    private static final LocalDate END = LocalDate.of(2026, 11, 1);
    private static final int RUNS = 7;
    private static final HotspotSettings SETTINGS = HotspotSettings.DEFAULTS;

    private HotspotBenchmark() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        double ties = args.length > 1 ? Double.parseDouble(args[1]) : DemoCitySpec.DEFAULT_RELATIONSHIPS_PER_PERSON;
        double incidents = args.length > 2 ? Double.parseDouble(args[2]) : DemoCitySpec.DEFAULT_INCIDENTS_PER_PERSON;
        System.out.printf("%nContextMap hotspot benchmark: %,d young people, %s incidents each, Java %s, %d cores%n",
                people, incidents, Runtime.version(), Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        Bundle city = DemoCityGenerator.generate(new DemoCitySpec(people, DemoCitySpec.DEFAULT_SEED, ties, incidents,
                END));
        System.out.printf("  generated in %s: %,d incidents at %,d places%n", seconds(System.nanoTime() - started),
                city.incidents().size(), city.locations().size());
        started = System.nanoTime();
        HarmMap map = BundleHarmMap.of(city, SETTINGS);
        System.out.printf("  harm map built in memory in %s (stands in for the read)%n",
                seconds(System.nanoTime() - started));
        HarmMapReports reports = new HarmMapReports(map, SETTINGS);
        LocalDate first = map.incidents().getFirst().day();

        List<String[]> rows = new ArrayList<>();
        double[] all = time(() -> reports.hotspots(first, END, new PageRequest(0, 50), 100));
        HotspotReports.Hotspots whole = reports.hotspots(first, END, new PageRequest(0, 50), 100);
        rows.add(row(String.format("hotspots + grid + near repeats, all %,d incidents (%s … %s)",
                map.incidents().size(), first, END), all, "< 1 s for 50,000 incidents"));
        System.out.printf("  top: %s, score %.1f, %s; %d grid cells shown, %d near-repeat series%n",
                whole.hotspots().getFirst().place().name(), whole.hotspots().getFirst().score(),
                whole.hotspots().getFirst().trendLabel(), whole.grid().size(), whole.nearRepeats().size());
        rows.add(row("hotspots + grid + near repeats, last 90 days", time(() -> reports.hotspots(END.minusDays(89), END,
                new PageRequest(0, 50), 100)), ""));

        List<HarmMap.Place> schools = map.places().stream().filter(p -> p.type() == LocationType.SCHOOL).toList();
        List<CommunityTensions.Pair> none = List.of();
        double[] perSchool = new double[schools.size()];
        for (int warm = 0; warm < 2; warm++) {
            for (int s = 0; s < schools.size(); s++) {
                HarmMap.Place school = schools.get(s);
                long t = System.nanoTime();
                reports.school(school, END.minusDays(89), END, none);
                perSchool[s] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(perSchool);
        rows.add(new String[] {String.format("a school's view (%d schools, last 90 days)", schools.size()),
            String.format("%.1f ms median, %.1f ms worst", perSchool[perSchool.length / 2],
                    perSchool[perSchool.length - 1]), "< 200 ms"});
        rows.add(row("a place's risk (the top hotspot)", time(() -> reports.place(map.place(
                whole.hotspots().getFirst().place().id()), END.minusDays(89), END)), ""));

        System.out.printf("%n| step | time | goal |%n|---|---:|---|%n");
        rows.forEach(r -> System.out.printf("| %s | %s | %s |%n", r[0], r[1], r[2]));
        System.out.printf("%nheap in use at the end: %s%n", mib(Runtime.getRuntime().totalMemory()
                - Runtime.getRuntime().freeMemory()));
    }

    /** Milliseconds of {@link #RUNS} runs after two warm-ups, sorted. */
    private static double[] time(Supplier<?> work) {
        for (int warm = 0; warm < 2; warm++) {
            work.get();
        }
        double[] times = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            work.get();
            times[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    private static String[] row(String step, double[] times, String goal) {
        return new String[] {step, String.format("%.1f ms median of %d (%.1f–%.1f)", times[RUNS / 2], RUNS, times[0],
                times[RUNS - 1]), goal};
    }
}
