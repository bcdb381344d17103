package org.contextmap.network.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.contextmap.support.LondonGang;

/** Small graphs with known answers, random graphs and the real London gang network, as {@link CompactGraph}s. */
public final class TestGraphs {

    public static final Path LONDON_GANG = LondonGang.DATA.resolve("LONDON_GANG.csv");

    private TestGraphs() {
    }

    /** Vertices named v00, v01, … so that sorting keeps their numbers; edges as pairs of numbers. */
    public static CompactGraph of(int n, int... pairs) {
        CompactGraphBuilder builder = CompactGraph.builder(names(n));
        for (int i = 0; i < pairs.length; i += 2) {
            builder.add(name(pairs[i]), name(pairs[i + 1]), 0, 0, 0, CompactGraph.SINCE_UNKNOWN, 1);
        }
        return builder.build();
    }

    public static String name(int v) {
        return String.format("v%05d", v);
    }

    static String[] names(int n) {
        String[] names = new String[n];
        for (int v = 0; v < n; v++) {
            names[v] = name(v);
        }
        return names;
    }

    /** A star: vertex 0 tied to 1..n-1. */
    public static CompactGraph star(int n) {
        int[] pairs = new int[2 * (n - 1)];
        for (int v = 1; v < n; v++) {
            pairs[2 * (v - 1)] = 0;
            pairs[2 * (v - 1) + 1] = v;
        }
        return of(n, pairs);
    }

    /** A path 0 - 1 - … - n-1. */
    public static CompactGraph path(int n) {
        int[] pairs = new int[2 * (n - 1)];
        for (int v = 1; v < n; v++) {
            pairs[2 * (v - 1)] = v - 1;
            pairs[2 * (v - 1) + 1] = v;
        }
        return of(n, pairs);
    }

    /** Two cliques of {@code k} (0..k-1 and k..2k-1) joined by one tie between k-1 and k. */
    public static CompactGraph barbell(int k) {
        int[] pairs = new int[2 * (k * (k - 1) + 1)];
        int p = 0;
        for (int offset : new int[] {0, k}) {
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    pairs[p++] = offset + a;
                    pairs[p++] = offset + b;
                }
            }
        }
        pairs[p++] = k - 1;
        pairs[p] = k;
        return of(2 * k, pairs);
    }

    /** An Erdős–Rényi G(n, m)-like random graph (duplicates merged), seeded. */
    public static CompactGraph random(int n, int m, long seed) {
        Random random = new Random(seed);
        int[] pairs = new int[2 * m];
        for (int i = 0; i < 2 * m; i++) {
            pairs[i] = random.nextInt(n);
        }
        return of(n, pairs);
    }

    /** The London gang network, binarised, members LG01..LG54. */
    public static CompactGraph londonGang() throws IOException {
        List<String> lines = Files.readAllLines(LONDON_GANG);
        String[] ids = new String[lines.size() - 1];
        for (int m = 1; m < lines.size(); m++) {
            ids[m - 1] = String.format("LG%02d", m);
        }
        CompactGraphBuilder builder = CompactGraph.builder(ids);
        for (int row = 1; row < lines.size(); row++) {
            String[] cells = lines.get(row).split(",");
            for (int column = row + 1; column < cells.length; column++) {
                if (Integer.parseInt(cells[column].trim()) > 0) {
                    builder.add(ids[row - 1], ids[column - 1], 0, 0, 0, CompactGraph.SINCE_UNKNOWN, 1);
                }
            }
        }
        return builder.build();
    }
}
