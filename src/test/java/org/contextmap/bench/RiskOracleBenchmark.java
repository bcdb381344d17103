package org.contextmap.bench;

import java.util.List;
import java.util.Locale;
import org.contextmap.risk.model.OracleCity;
import org.contextmap.risk.model.OracleComparison;

/**
 * The retaliation-risk model against the truth on simulated cities with known self-exciting
 * dynamics ({@link OracleCity}): for each size and setting, the share of the next 90 days' victims
 * in the top 5% and 10% by the true intensity (the oracle), by the model fitted on the history
 * before the first cut, by the literature's defaults, and by past victimisations, and the fitted
 * model's capture as a share of the oracle's. The figures in docs/risk-model.md come from:
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.RiskOracleBenchmark \
 *     -Dbenchmark.people=2000 -Dbenchmark.heap=3g [-Dbenchmark.args="5000"]
 * </pre>
 *
 * The first argument and every further one are city sizes.
 */
public final class RiskOracleBenchmark {

    private RiskOracleBenchmark() {
    }

    /** The settings: what drives harm in the city. */
    private record Setting(String name, double tau, double self, double tie, double suspect, double group) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("repeat victimisation", 30, 0.45, 0.02, 0.10, 0.10),
            new Setting("contagion over ties", 60, 0.15, 0.08, 0.10, 0.10),
            new Setting("group retaliation", 20, 0.15, 0.02, 0.15, 0.45));

    private static final int SEEDS = 3;

    public static void main(String[] args) {
        System.out.println("Retaliation-risk model against the oracle (share of the next 90 days' victims in the top "
                + "5% / 10%, pooled over 9 cuts in the last year of 3 simulated years, and over " + SEEDS
                + " cities per line)");
        System.out.printf(Locale.ROOT, "%-8s %-22s %8s %9s %15s %15s %15s %15s %13s%n", "people", "setting",
                "victims", "incidents", "oracle", "fitted", "literature", "past victims", "fitted/oracle");
        for (String size : args) {
            int people = Integer.parseInt(size);
            for (Setting s : SETTINGS) {
                long started = System.nanoTime();
                OracleComparison.Result r = null;
                for (int seed = 0; seed < SEEDS; seed++) { // pooled over a few cities, so that chance weighs less
                    OracleComparison.Result one = OracleComparison.run(new OracleCity(people, s.tau(), s.self(),
                            s.tie(), s.suspect(), s.group(), 0.12, 20261207L + 7919L * seed + people));
                    r = r == null ? one : r.pool(one);
                }
                System.out.printf(Locale.ROOT, "%-8d %-22s %8d %9d %6.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%% "
                        + "%6.1f%% %6.1f%% %5.2f / %4.2f   (%.0f s)%n", people, s.name(), r.victims(), r.incidents(),
                        100 * r.oracle()[0], 100 * r.oracle()[1], 100 * r.fitted()[0], 100 * r.fitted()[1],
                        100 * r.literature()[0], 100 * r.literature()[1], 100 * r.past()[0], 100 * r.past()[1],
                        r.ratio()[0], r.ratio()[1], (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
