package org.contextmap.hotspot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.base.Trend;

/**
 * Where harm concentrates over a period: places ranked by time-weighted harm with the trend
 * against the period before, the same harm smoothed over a grid, and near-repeat series.
 *
 * <p>An incident's weight is its harm (type × severity × weapon) × {@code exp(−days before the
 * end of the period / decayDays)}, so that recent incidents weigh more. The trend compares the
 * undecayed harm of the period with that of the period of the same length just before it.
 * The grid is a kernel-density estimate (a Gaussian kernel of bandwidth σ, cut at 3σ, evaluated at
 * cell centres), so that harm spread over several nearby places shows up as one area (Chainey,
 * Tompson &amp; Uhlig 2008, "The utility of hotspot mapping for predicting spatial patterns of
 * crime"). A near repeat is an incident within {@code nearRepeatMetres} and {@code nearRepeatDays}
 * after an earlier one (Johnson &amp; Bowers 2004; Ratcliffe &amp; Rengert 2008).
 */
public final class Hotspots {

    /** A place and the harm there. {@code incidents} are indices of the map's incidents in the period. */
    public record Hotspot(HarmMap.Place place, double score, double current, double previous, Trend trend,
            List<Integer> incidents, Set<String> groups) {
    }

    /** A grid cell: its centre in metres, the smoothed density of harm, the incidents inside it. */
    public record Cell(int column, int row, double x, double y, double density, int incidents) {
    }

    /** A first incident and the near repeats that followed it (indices of the map's incidents). */
    public record NearRepeat(int first, List<Integer> repeats) {
    }

    private Hotspots() {
    }

    /** Days in the period {@code from..to}, both included. */
    static int length(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Places ranked by time-weighted harm in {@code from..to}: every place with harm in the period
     * or in the one before, highest score first.
     */
    public static List<Hotspot> rank(HarmMap map, LocalDate from, LocalDate to, HotspotSettings settings) {
        int length = length(from, to);
        LocalDate previousFrom = from.minusDays(length);
        Map<Integer, double[]> sums = new HashMap<>();
        Map<Integer, List<Integer>> inPeriod = new HashMap<>();
        int end = map.firstOnOrAfter(to.plusDays(1));
        for (int i = map.firstOnOrAfter(previousFrom); i < end; i++) {
            HarmMap.PlacedIncident incident = map.incidents().get(i);
            if (incident.place() < 0 || incident.harm() <= 0) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(incident.place(), p -> new double[3]);
            if (incident.day().isBefore(from)) {
                sum[2] += incident.harm();
            } else {
                sum[0] += weight(incident, to, settings);
                sum[1] += incident.harm();
                inPeriod.computeIfAbsent(incident.place(), p -> new ArrayList<>()).add(i);
            }
        }
        List<Hotspot> hotspots = new ArrayList<>();
        sums.forEach((place, sum) -> {
            List<Integer> incidents = inPeriod.getOrDefault(place, List.of());
            hotspots.add(new Hotspot(map.places().get(place), sum[0], sum[1], sum[2], Trend.of(sum[1], sum[2]),
                    List.copyOf(incidents), groups(map, incidents, to)));
        });
        hotspots.sort(Comparator.comparingDouble(Hotspot::score).reversed()
                .thenComparing(h -> h.place().id()));
        return hotspots;
    }

    /** An incident's time-weighted harm at the end of a period. */
    static double weight(HarmMap.PlacedIncident incident, LocalDate to, HotspotSettings settings) {
        return incident.harm() * Math.exp(-ChronoUnit.DAYS.between(incident.day(), to) / (double) settings.decayDays());
    }

    /** The groups associated with anyone involved in these incidents, as known on {@code day}. */
    static Set<String> groups(HarmMap map, List<Integer> incidents, LocalDate day) {
        Set<String> groups = new LinkedHashSet<>();
        for (int i : incidents) {
            for (int person : map.incidents().get(i).everyone()) {
                groups.addAll(map.groupsOf(person, day));
            }
        }
        return groups;
    }

    /**
     * The harm of {@code from..to} smoothed over a grid of {@code cellMetres} cells: the
     * {@code limit} densest cells, densest first.
     */
    public static List<Cell> grid(HarmMap map, LocalDate from, LocalDate to, HotspotSettings settings, int limit) {
        double cell = settings.cellMetres();
        double sigma = settings.bandwidthMetres();
        int reach = (int) Math.ceil(3 * sigma / cell);
        Map<Long, double[]> cells = new HashMap<>();
        int end = map.firstOnOrAfter(to.plusDays(1));
        for (int i = map.firstOnOrAfter(from); i < end; i++) {
            HarmMap.PlacedIncident incident = map.incidents().get(i);
            if (incident.place() < 0 || incident.harm() <= 0 || !map.places().get(incident.place()).located()) {
                continue;
            }
            HarmMap.Place place = map.places().get(incident.place());
            double w = weight(incident, to, settings);
            int column = (int) Math.floor(place.x() / cell);
            int row = (int) Math.floor(place.y() / cell);
            cells.computeIfAbsent(key(column, row), k -> new double[2])[1]++;
            for (int c = column - reach; c <= column + reach; c++) {
                for (int r = row - reach; r <= row + reach; r++) {
                    double dx = (c + 0.5) * cell - place.x();
                    double dy = (r + 0.5) * cell - place.y();
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= 9 * sigma * sigma) {
                        cells.computeIfAbsent(key(c, r), k -> new double[2])[0] += w * Math.exp(-d2 / (2 * sigma * sigma));
                    }
                }
            }
        }
        List<Cell> result = new ArrayList<>(cells.size());
        cells.forEach((k, v) -> {
            int column = (int) (k >> 32);
            int row = (int) (long) k;
            result.add(new Cell(column, row, (column + 0.5) * cell, (row + 0.5) * cell, v[0], (int) v[1]));
        });
        result.sort(Comparator.comparingDouble(Cell::density).reversed().thenComparingInt(Cell::column)
                .thenComparingInt(Cell::row));
        return List.copyOf(result.subList(0, Math.min(limit, result.size())));
    }

    private static long key(int column, int row) {
        return (long) column << 32 | (row & 0xFFFFFFFFL);
    }

    /**
     * Near-repeat series in {@code from..to}: each incident within the distance and days after an
     * earlier harmful incident joins that incident's series (the earliest of them, so that a series
     * grows from its first incident). Series with at least one repeat, largest first.
     */
    public static List<NearRepeat> nearRepeats(HarmMap map, LocalDate from, LocalDate to, HotspotSettings settings) {
        double distance = settings.nearRepeatMetres();
        int days = settings.nearRepeatDays();
        Map<Long, ArrayDeque<Integer>> recent = new HashMap<>();
        Map<Integer, Integer> seriesOf = new HashMap<>();
        Map<Integer, List<Integer>> series = new HashMap<>();
        int end = map.firstOnOrAfter(to.plusDays(1));
        for (int i = map.firstOnOrAfter(from.minusDays(days)); i < end; i++) {
            HarmMap.PlacedIncident incident = map.incidents().get(i);
            if (incident.place() < 0 || incident.harm() <= 0 || !map.places().get(incident.place()).located()) {
                continue;
            }
            HarmMap.Place place = map.places().get(incident.place());
            int column = (int) Math.floor(place.x() / distance);
            int row = (int) Math.floor(place.y() / distance);
            int earliest = -1;
            for (int c = column - 1; c <= column + 1; c++) {
                for (int r = row - 1; r <= row + 1; r++) {
                    ArrayDeque<Integer> queue = recent.get(key(c, r));
                    if (queue == null) {
                        continue;
                    }
                    while (!queue.isEmpty() && map.incidents().get(queue.peekFirst()).day()
                            .isBefore(incident.day().minusDays(days))) {
                        queue.pollFirst();
                    }
                    for (int j : queue) {
                        HarmMap.Place other = map.places().get(map.incidents().get(j).place());
                        if (j != i && Math.hypot(other.x() - place.x(), other.y() - place.y()) <= distance
                                && (earliest < 0 || j < earliest)) {
                            earliest = j;
                        }
                    }
                }
            }
            if (earliest >= 0 && !incident.day().isBefore(from)) {
                int first = seriesOf.getOrDefault(earliest, earliest);
                seriesOf.put(i, first);
                series.computeIfAbsent(first, f -> new ArrayList<>()).add(i);
            }
            recent.computeIfAbsent(key(column, row), k -> new ArrayDeque<>()).addLast(i);
        }
        List<NearRepeat> result = new ArrayList<>();
        series.forEach((first, repeats) -> result.add(new NearRepeat(first, List.copyOf(repeats))));
        result.sort(Comparator.comparingInt((NearRepeat n) -> n.repeats().size()).reversed()
                .thenComparingInt(NearRepeat::first));
        return result;
    }

    /** The places within {@code radius} metres of a point, nearest first, with their distance. */
    public static List<Map.Entry<HarmMap.Place, Double>> near(HarmMap map, double x, double y, double radius) {
        List<Map.Entry<HarmMap.Place, Double>> near = new ArrayList<>();
        for (HarmMap.Place place : map.places()) {
            if (place.located()) {
                double d = Math.hypot(place.x() - x, place.y() - y);
                if (d <= radius) {
                    near.add(Map.entry(place, d));
                }
            }
        }
        near.sort(Map.Entry.comparingByValue());
        return near;
    }

    /** The distance in metres from a point to the segment between two others. */
    public static double toSegment(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.clamp(((x - ax) * dx + (y - ay) * dy) / lengthSquared, 0, 1);
        return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    }
}
