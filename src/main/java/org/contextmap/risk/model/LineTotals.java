package org.contextmap.risk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;

/**
 * A person's {@link ReasonLine}s, summed route by route without building a {@link Contribution}
 * for each route: a child near a busy group is reached by thousands of routes, and the ranked list
 * explains a thousand children at once (docs/performance.md). The routes are summed per line and,
 * within a line, per incident, in flat arrays with an open-addressing index (no boxing, no sort of
 * the routes); only one route of each line becomes a contribution, for its sentence: the largest
 * route of the incident that weighs most in the line. The lines' weights add up to the score.
 */
final class LineTotals {

    private static final int INCIDENT_IDS = 10;
    /** Group indices below 2^29 leave a pair of them (two 32-bit halves, the first below 2^29) room under the kind. */
    private static final int KIND_SHIFT = 61;
    private static final long ID_MASK = (1L << KIND_SHIFT) - 1;

    private final CompactGraph graph;
    private final GroupNetwork groups;
    private final ScoreExplanation routes;
    private final IncidentWeights weights;
    private final HarmHistory history;

    // the lines of the person being explained
    private final Map<Long, Integer> lineOf = new HashMap<>();
    private final List<Long> lineKeys = new ArrayList<>();
    private double[] lineWeight = new double[16];
    private long lastKey = -1; // no key: the kind bits of -1 name no kind
    private int lastLine = -1;

    // (line, incident) parts: an open-addressing index over their keys, and the parts in arrays
    private long[] slotKeys = new long[1024];
    private int[] slotPart = new int[1024];
    private int parts;
    private int[] partLine = new int[512];
    private int[] partIncident = new int[512];
    private double[] partWeight = new double[512];
    private double[] partBest = new double[512];
    private int[][] partRoute = new int[512][];
    private double[][] partFactors = new double[512][];

    LineTotals(CompactGraph graph, GroupNetwork groups, ScoreExplanation routes, IncidentWeights weights) {
        this.graph = graph;
        this.groups = groups;
        this.routes = routes;
        this.weights = weights;
        this.history = weights.history();
        Arrays.fill(slotKeys, -1);
    }

    /** The person's lines, largest first (equal weights by key). */
    List<ReasonLine> of(int person) {
        routes.walk(person, (i, k, party, via, group, reach, chronic) -> {
            double w = reach * (history.harm(i) * weights.decay(i) * weights.conflictFactor(i) + chronic);
            int line = line(key(person, i, k, party, via, group));
            lineWeight[line] += w;
            int part = part(line, i);
            partWeight[part] += w;
            if (w > partBest[part]) {
                partBest[part] = w;
                partRoute[part] = new int[] {i, k, party, via, group};
                partFactors[part] = new double[] {reach, chronic};
            }
        });
        return lines(person);
    }

    private List<ReasonLine> lines(int person) {
        int count = lineKeys.size();
        int[] incidents = new int[count];
        int[] recent = new int[count];
        int[][] top = new int[count][INCIDENT_IDS];
        int[] topSize = new int[count];
        int recentFrom = weights.day() - weights.parameters().tensionPeriodDays();
        for (int p = 0; p < parts; p++) {
            int line = partLine[p];
            incidents[line]++;
            if (history.day(partIncident[p]) >= recentFrom) {
                recent[line]++;
            }
            topSize[line] = insert(top[line], topSize[line], p);
        }
        List<ReasonLine> lines = new ArrayList<>(count);
        for (int line = 0; line < count; line++) {
            long code = lineKeys.get(line);
            ReasonLine.Kind kind = ReasonLine.Kind.values()[(int) (code >>> KIND_SHIFT)];
            int first = top[line][0];
            int[] r = partRoute[first];
            List<String> ids = new ArrayList<>(topSize[line]);
            for (int t = 0; t < topSize[line]; t++) {
                ids.add(history.id(partIncident[top[line][t]]));
            }
            lines.add(new ReasonLine(kind, name(kind, code & ID_MASK), routes.contribution(person, r[0], r[1], r[2],
                    r[3], r[4], partFactors[first][0], partFactors[first][1]), lineWeight[line], incidents[line],
                    recent[line], List.copyOf(ids)));
        }
        lines.sort(Comparator.comparingDouble(ReasonLine::weight).reversed().thenComparing(ReasonLine::key));
        return lines;
    }

    /** Keeps the parts of most weight (equal weights by incident id) in {@code top}, largest first. */
    private int insert(int[] top, int size, int part) {
        int at = size;
        while (at > 0 && heavier(part, top[at - 1])) {
            at--;
        }
        if (at >= top.length) {
            return size;
        }
        int kept = Math.min(size + 1, top.length);
        System.arraycopy(top, at, top, at + 1, kept - at - 1);
        top[at] = part;
        return kept;
    }

    private boolean heavier(int a, int b) {
        return partWeight[a] != partWeight[b] ? partWeight[a] > partWeight[b]
                : history.id(partIncident[a]).compareTo(history.id(partIncident[b])) < 0;
    }

    /** The index of a line, made on first sight; routes come in runs with one key, so most need no lookup. */
    private int line(long key) {
        if (key != lastKey) {
            lastKey = key;
            lastLine = lineOf.computeIfAbsent(key, x -> {
                lineKeys.add(x);
                if (lineKeys.size() > lineWeight.length) {
                    lineWeight = Arrays.copyOf(lineWeight, lineWeight.length * 2);
                }
                return lineKeys.size() - 1;
            });
        }
        return lastLine;
    }

    /** The index of the part of incident {@code i} in a line, made on first sight. */
    private int part(int line, int i) {
        long key = (long) line << 32 | i;
        int mask = slotKeys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (slotKeys[slot] != -1) {
            if (slotKeys[slot] == key) {
                return slotPart[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (parts == partLine.length) {
            grow();
        }
        int part = parts++;
        partLine[part] = line;
        partIncident[part] = i;
        partBest[part] = -1;
        slotKeys[slot] = key;
        slotPart[slot] = part;
        if (parts * 2 > slotKeys.length) {
            rehash();
        }
        return part;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ h >>> 29;
    }

    private void grow() {
        int size = partLine.length * 2;
        partLine = Arrays.copyOf(partLine, size);
        partIncident = Arrays.copyOf(partIncident, size);
        partWeight = Arrays.copyOf(partWeight, size);
        partBest = Arrays.copyOf(partBest, size);
        partRoute = Arrays.copyOf(partRoute, size);
        partFactors = Arrays.copyOf(partFactors, size);
    }

    private void rehash() {
        slotKeys = new long[slotKeys.length * 2];
        slotPart = new int[slotKeys.length];
        Arrays.fill(slotKeys, -1);
        int mask = slotKeys.length - 1;
        for (int p = 0; p < parts; p++) {
            long key = (long) partLine[p] << 32 | partIncident[p];
            int slot = (int) (mix(key) & mask);
            while (slotKeys[slot] != -1) {
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = key;
            slotPart[slot] = p;
        }
    }

    /** A line's key as a number: its kind in the top bits, the person, group or pair of groups below. */
    private long key(int person, int i, int k, int party, int via, int group) {
        if (party == person) {
            return code(weights.victim(i, k) ? ReasonLine.Kind.OWN_HARM : ReasonLine.Kind.OWN_SUSPICION, person);
        }
        long pair = weights.rivalPair(i);
        if (pair >= 0) {
            return code(ReasonLine.Kind.GROUP_TENSION, pair);
        }
        return group >= 0 ? code(ReasonLine.Kind.SHARED_GROUP, group) : code(ReasonLine.Kind.CLOSE_TIE, via);
    }

    private static long code(ReasonLine.Kind kind, long id) {
        return (long) kind.ordinal() << KIND_SHIFT | id;
    }

    private String name(ReasonLine.Kind kind, long id) {
        return switch (kind) {
            case OWN_HARM, OWN_SUSPICION, CLOSE_TIE -> graph.id((int) id);
            case SHARED_GROUP -> groups.id((int) id);
            case GROUP_TENSION -> groups.id((int) (id >>> 32)) + "|" + groups.id((int) (id & 0xFFFF_FFFFL));
        };
    }
}
