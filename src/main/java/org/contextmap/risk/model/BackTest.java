package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;

/**
 * How well the model would have done on the local history: for each cut date, everyone is ranked
 * with only the data known by then, and the young people harmed in the following 30, 60 and 90
 * days are looked up in the ranking. The share of them in the top 1, 5, 10 and 20% is reported
 * next to two naive rankings — by number of ties (degree) and by number of past victimisations —
 * so that a partnership can see whether the model adds anything before trusting it. Green, Horel
 * &amp; Papachristos (2017) report that the top 1% of their scores held 6.5% of later victims.
 *
 * <p>People with equal scores share the places they occupy: when a top k% boundary falls inside
 * a block of equal scores, each later victim in that block counts for the fraction of the block
 * inside the boundary — the expected result of breaking the tie at random. So a ranking that
 * cannot tell people apart scores exactly k%, never better by luck of ordering.
 */
public final class BackTest {

    /** The top shares reported, in per cent. */
    public static final double[] TOPS = {1, 5, 10, 20};
    /** The follow-up windows reported, in days. */
    public static final int[] WINDOWS = {30, 60, 90};

    /**
     * One follow-up window for one kind of harm (any, or serious only), pooled over the cut dates: a
     * line of the report.
     *
     * @param seriousOnly        whether the later victims counted are those of serious harm only
     *                           (severity serious or worse, or a knife or gun injury) — the harm the
     *                           model is meant to anticipate — rather than of any harm it counts
     * @param victims            later victims (a person harmed after two cuts counts twice)
     * @param model              share of them in the top {@link #TOPS}% by the model, 0..1
     * @param degree             the same by number of ties
     * @param pastVictimisations the same by number of times harmed before the cut
     */
    public record Window(int windowDays, boolean seriousOnly, int victims, double[] model, double[] degree,
            double[] pastVictimisations) {
    }

    /**
     * The result: the cuts, the number of people ranked at the last cut, a {@link Window} per line
     * of the report, how well the probabilities are calibrated over the same cuts, and where the
     * model's parameters came from (null until a caller says).
     */
    public record Report(List<LocalDate> cuts, int people, List<Window> rows, CalibrationCheck calibration,
            String model) {

        /** The same report, saying where the model's parameters came from. */
        public Report withModel(String source) {
            return new Report(cuts, people, rows, calibration, source);
        }
    }

    private BackTest() {
    }

    /**
     * Runs the back-test at each cut date.
     *
     * @param graph   the whole person graph (every tie; each cut sees only those known by then)
     * @param history every harmful incident
     */
    public static Report run(CompactGraph graph, GroupNetwork groups, HarmHistory history, RiskParameters parameters,
            List<LocalDate> cuts) {
        int n = graph.size();
        int rowsCount = 2 * WINDOWS.length;
        double[][][] credit = new double[rowsCount][3][TOPS.length];
        int[] victims = new int[rowsCount];
        List<CalibrationCheck.Cut> outlooks = new ArrayList<>();
        for (LocalDate cut : cuts) {
            CompactGraph known = graph.knownOn(cut);
            double[] model = new RetaliationRisk(known, groups, history, parameters, cut).scores();
            outlooks.add(new CalibrationCheck.Cut(model, harmedWithin(history, cut, parameters.outlookDays(), n)));
            double[] degree = new double[n];
            double[] past = new double[n];
            for (int v = 0; v < n; v++) {
                degree[v] = known.degree(v);
            }
            int day = (int) cut.toEpochDay();
            int end = history.firstOnOrAfter(day + 1);
            countVictims(history, 0, end, past, false);
            double[][] rankings = {model, degree, past};
            for (int row = 0; row < rowsCount; row++) {
                int w = row % WINDOWS.length;
                double[] later = new double[n];
                int until = history.firstOnOrAfter(day + WINDOWS[w] + 1);
                countVictims(history, end, until, later, row >= WINDOWS.length);
                int[] harmed = IntStream.range(0, n).filter(v -> later[v] > 0).toArray();
                victims[row] += harmed.length;
                for (int r = 0; r < rankings.length; r++) {
                    double[] shares = topCredit(rankings[r], harmed);
                    for (int t = 0; t < TOPS.length; t++) {
                        credit[row][r][t] += shares[t];
                    }
                }
            }
        }
        List<Window> rows = new ArrayList<>();
        for (int row = 0; row < rowsCount; row++) {
            double total = victims[row];
            double[][] shares = new double[3][TOPS.length];
            for (int r = 0; r < 3; r++) {
                for (int t = 0; t < TOPS.length; t++) {
                    shares[r][t] = total == 0 ? 0 : credit[row][r][t] / total;
                }
            }
            rows.add(new Window(WINDOWS[row % WINDOWS.length], row >= WINDOWS.length, victims[row], shares[0],
                    shares[1], shares[2]));
        }
        return new Report(List.copyOf(cuts), n, rows, CalibrationCheck.of(outlooks, parameters), null);
    }

    /**
     * The calibration of scores into probabilities on this history: the scores at the default cuts
     * ({@link #defaultCuts}) against who was harmed in the outlook after each; null when the
     * history is too short for a cut or nobody was harmed after one.
     */
    public static Calibration calibrate(CompactGraph graph, GroupNetwork groups, HarmHistory history,
            RiskParameters parameters) {
        List<CalibrationCheck.Cut> outlooks = new ArrayList<>();
        for (LocalDate cut : defaultCuts(history, parameters)) {
            double[] scores = new RetaliationRisk(graph.knownOn(cut), groups, history, parameters, cut).scores();
            outlooks.add(new CalibrationCheck.Cut(scores, harmedWithin(history, cut, parameters.outlookDays(),
                    graph.size())));
        }
        return CalibrationCheck.pooled(outlooks);
    }

    /**
     * Cut dates when none are given: every 30 days back from the last day that has a whole
     * outlook of incidents after it, at most twelve, none in the first half of the horizon (where
     * too little history is known for a fair score).
     */
    public static List<LocalDate> defaultCuts(HarmHistory history, RiskParameters parameters) {
        if (history.size() == 0) {
            return List.of();
        }
        int outlook = Math.max(parameters.outlookDays(), WINDOWS[WINDOWS.length - 1]);
        LocalDate last = LocalDate.ofEpochDay(history.day(history.size() - 1)).minusDays(outlook);
        LocalDate first = LocalDate.ofEpochDay(history.day(0)).plusDays(parameters.horizonDays() / 2);
        List<LocalDate> cuts = new ArrayList<>();
        for (LocalDate cut = last; !cut.isBefore(first) && cuts.size() < 12; cut = cut.minusDays(30)) {
            cuts.addFirst(cut);
        }
        return cuts;
    }

    /** Who was a victim of harm the model counts within {@code days} after the cut. */
    private static boolean[] harmedWithin(HarmHistory history, LocalDate cut, int days, int n) {
        boolean[] harmed = new boolean[n];
        int day = (int) cut.toEpochDay();
        int[] parties = history.parties();
        for (int i = history.firstOnOrAfter(day + 1); i < history.firstOnOrAfter(day + days + 1); i++) {
            for (int k = history.partyStart(i); k < history.victimEnd(i); k++) {
                harmed[parties[k]] = true;
            }
        }
        return harmed;
    }

    /** Adds 1 to {@code counts[v]} for every time {@code v} was a victim in incidents {@code from..end-1} (serious ones only, if asked). */
    private static void countVictims(HarmHistory history, int from, int end, double[] counts, boolean seriousOnly) {
        int[] parties = history.parties();
        for (int i = from; i < end; i++) {
            if (seriousOnly && !history.serious(i)) {
                continue;
            }
            for (int k = history.partyStart(i); k < history.victimEnd(i); k++) {
                counts[parties[k]]++;
            }
        }
    }

    /**
     * For each top share, how many of {@code harmed} fall within it, ties sharing their places
     * (see the class comment).
     */
    static double[] topCredit(double[] scores, int[] harmed) {
        int n = scores.length;
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double[] credit = new double[TOPS.length];
        for (int v : harmed) {
            double s = scores[v];
            // places are 0-based from the top; the block of equal scores occupies [above, above + equal)
            int lowerOrEqual = upperBound(sorted, s);
            int lower = lowerBound(sorted, s);
            int above = n - lowerOrEqual;
            int equal = lowerOrEqual - lower;
            for (int t = 0; t < TOPS.length; t++) {
                double places = Math.ceil(TOPS[t] / 100 * n);
                credit[t] += Math.clamp((places - above) / equal, 0, 1);
            }
        }
        return credit;
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int upperBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
