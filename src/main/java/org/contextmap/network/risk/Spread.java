package org.contextmap.network.risk;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * One worker's scratch space for the exposure of everyone one incident reaches: a breadth-first
 * search out to {@code maxHops} ties from its victims and, separately, from its suspects, plus the
 * peer groups the suspects are associated with. For each young person reached it keeps the best
 * route's weight ({@link #reach}), its distance ({@link #level}: 0..maxHops, or maxHops + 1 for a
 * shared group only) and side. Arrays are stamped rather than cleared, so an incident costs the
 * people it reaches, not the size of the city.
 */
final class Spread {

    static final byte VICTIM_SIDE = 0;
    static final byte SUSPECT_SIDE = 1;

    private final CompactGraph graph;
    private final int[][] groupsOf;
    private final int[][] members;
    private final HarmHistory history;
    private final RiskParameters parameters;
    private final double[] stepWeights;

    private final int[] touchedStamp;
    private final int[] sideStamp;
    private int touchStamp;
    private int sideCounter;
    final double[] reach;
    final byte[] level;
    final byte[] side;
    int[] touched = new int[64];
    int count;
    private double ownHarmBoost = 1;
    private int[] frontier = new int[64];
    private int[] next = new int[64];

    Spread(CompactGraph graph, int[][] groupsOf, int[][] members, HarmHistory history, RiskParameters parameters) {
        this.graph = graph;
        this.groupsOf = groupsOf;
        this.members = members;
        this.history = history;
        this.parameters = parameters;
        int n = graph.size();
        touchedStamp = new int[n];
        sideStamp = new int[n];
        reach = new double[n];
        level = new byte[n];
        side = new byte[n];
        stepWeights = new double[parameters.maxHops() + 1];
        for (int d = 0; d <= parameters.maxHops(); d++) {
            stepWeights[d] = Math.pow(parameters.distanceFactor(), d);
        }
    }

    /**
     * Spreads incident {@code i}: afterwards {@code touched[0..count)} are the people it reaches.
     * The weight of a party's own route is multiplied by {@code ownHarmBoost} (1 + the persistence
     * relative to the incident's decayed harm), so that routes are compared by their whole weight.
     */
    void run(int i, double ownHarmBoost) {
        this.ownHarmBoost = ownHarmBoost;
        touchStamp++;
        count = 0;
        int[] parties = history.parties();
        bfs(parties, history.partyStart(i), history.victimEnd(i), VICTIM_SIDE, parameters.victimWeight(), i);
        bfs(parties, history.victimEnd(i), history.partyEnd(i), SUSPECT_SIDE, parameters.suspectWeight(), i);
        double groupWeight = parameters.suspectWeight() * parameters.groupFactor();
        byte groupLevel = (byte) (parameters.maxHops() + 1);
        for (int k = history.victimEnd(i); k < history.partyEnd(i); k++) {
            for (int g : groupsOf[parties[k]]) {
                for (int m : members[g]) {
                    offer(m, groupWeight, groupLevel, SUSPECT_SIDE);
                }
            }
        }
    }

    private void bfs(int[] parties, int from, int to, byte sideOf, double sideWeight, int incident) {
        if (from == to) {
            return;
        }
        int stamp = ++sideCounter;
        int size = 0;
        for (int k = from; k < to; k++) {
            int v = parties[k];
            if (sideStamp[v] != stamp) {
                sideStamp[v] = stamp;
                frontier = grow(frontier, size);
                frontier[size++] = v;
                if (sideOf == VICTIM_SIDE && history.fatal(incident)) {
                    continue; // the child died: their network is at risk, they are not
                }
                double weight = sideWeight;
                weight *= ownHarmBoost;
                if (sideOf == VICTIM_SIDE && history.harmedBefore(v, incident, parameters.repeatWindowDays())) {
                    weight *= parameters.repeatFactor();
                }
                offer(v, weight, (byte) 0, sideOf);
            }
        }
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        for (int d = 1; d <= parameters.maxHops() && size > 0; d++) {
            int nextSize = 0;
            double weight = sideWeight * stepWeights[d];
            for (int f = 0; f < size; f++) {
                int v = frontier[f];
                for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                    int w = neighbours[slot];
                    if (sideStamp[w] != stamp) {
                        sideStamp[w] = stamp;
                        offer(w, weight, (byte) d, sideOf);
                        next = grow(next, nextSize);
                        next[nextSize++] = w;
                    }
                }
            }
            int[] swap = frontier;
            frontier = next;
            next = swap;
            size = nextSize;
        }
    }

    private void offer(int v, double weight, byte distance, byte sideOf) {
        if (touchedStamp[v] != touchStamp) {
            touchedStamp[v] = touchStamp;
            touched = grow(touched, count);
            touched[count++] = v;
            reach[v] = weight;
            level[v] = distance;
            side[v] = sideOf;
        } else if (weight > reach[v]) {
            reach[v] = weight;
            level[v] = distance;
            side[v] = sideOf;
        }
    }

    private static int[] grow(int[] array, int size) {
        return size < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }
}
