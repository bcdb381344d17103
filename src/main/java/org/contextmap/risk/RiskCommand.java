package org.contextmap.risk;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.contextmap.base.StartupOrder;
import org.contextmap.risk.model.BackTest;
import org.contextmap.risk.model.CalibrationCheck;
import org.contextmap.risk.model.HawkesFit;
import org.contextmap.risk.model.RiskParameters;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --risk-back-test[=DATE,DATE…]}: ranks everyone at each cut date with the data known then
 * and prints the share of the next 30/60/90 days' victims in the top 1/5/10/20%, next to the naive
 * rankings (default cuts: every 30 days over the last year of incidents that has 90 days after it).
 * {@code --risk-fit[=DATE]}: fits the decay and distance weights to the history up to the date and
 * prints them next to the configured ones. Both exit with 0, or 2 on a bad date or an empty history.
 */
@Component
@ConditionalOnExpression("'${risk-back-test:__none__}' != '__none__' or '${risk-fit:__none__}' != '__none__'")
@Order(StartupOrder.RUN_COMMAND)
public class RiskCommand implements ApplicationRunner, ExitCodeGenerator {

    private final RiskService risk;
    private final PrintStream out = System.out;
    private int exitCode;

    RiskCommand(RiskService risk) {
        this.risk = risk;
    }

    /** True when the command line asks for a model check rather than the web application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals("--risk-back-test") || arg.startsWith("--risk-back-test=")
                || arg.equals("--risk-fit") || arg.startsWith("--risk-fit="));
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (args.containsOption("risk-back-test")) {
                backTest(dates(args.getOptionValues("risk-back-test")));
            }
            if (args.containsOption("risk-fit")) {
                List<LocalDate> to = dates(args.getOptionValues("risk-fit"));
                fit(to.isEmpty() ? null : to.getFirst());
            }
        } catch (DateTimeParseException e) {
            out.println("Not a date (use 2026-03-01): " + e.getParsedString());
            exitCode = 2;
        } catch (RuntimeException e) {
            out.println(e.getMessage());
            exitCode = 2;
        }
    }

    private static List<LocalDate> dates(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .map(LocalDate::parse).toList();
    }

    private void backTest(List<LocalDate> given) {
        List<LocalDate> cuts = given.isEmpty() ? risk.defaultCuts() : given;
        if (cuts.isEmpty()) {
            throw new IllegalStateException("There are no harmful incidents to back-test on.");
        }
        long started = System.nanoTime();
        BackTest.Report report = risk.backTest(cuts);
        out.printf("Back-test of the retaliation-risk model: %d people, %d cut dates (%s … %s), %.1f s%n",
                report.people(), cuts.size(), cuts.getFirst(), cuts.getLast(), (System.nanoTime() - started) / 1e9);
        out.println("Share of later victims who were in the top k% at the cut (ties share their places):");
        for (BackTest.Window row : report.rows()) {
            if (row == report.rows().getFirst() || row.seriousOnly() && row.windowDays() == BackTest.WINDOWS[0]) {
                out.println(row.seriousOnly() ? "Victims of serious harm (serious or worse, or a knife or gun injury):"
                        : "Victims of any harm the model counts:");
                out.printf("%-8s %-8s %-24s %8s %8s %8s %8s%n", "window", "victims", "ranking", "top 1%", "top 5%",
                        "top 10%", "top 20%");
            }
            line(row, "model", row.model());
            line(row, "degree (ties)", row.degree());
            line(row, "past victimisations", row.pastVictimisations());
            line(row, "random (expected)", BackTest.TOPS.clone());
        }
        out.println("Green, Horel & Papachristos (2017): the top 1% held 6.5% of later gunshot victims in Chicago.");
        out.println("Model: " + report.model() + ".");
        calibration(report.calibration());
    }

    /** The reliability table, the Brier score and the bands: what the probabilities are worth. */
    private void calibration(CalibrationCheck check) {
        out.printf(Locale.ROOT, "%nCalibration of the probability of being harmed within %d days (each cut's "
                + "probabilities fitted on the other cuts): %,d child-cuts, average %.1f%%%n", check.outlookDays(),
                check.observations(), 100 * check.baseRate());
        out.printf(Locale.ROOT, "%-8s %10s %10s %10s%n", "decile", "children", "predicted", "observed");
        for (CalibrationCheck.Decile d : check.deciles()) {
            out.printf(Locale.ROOT, "%-8d %10d %9.1f%% %9.1f%%%n", d.decile(), d.observations(), 100 * d.predicted(),
                    100 * d.observed());
        }
        out.printf(Locale.ROOT, "Brier score %.4f (the average for everyone: %.4f); expected calibration error "
                + "%.4f%n", check.brier(), check.brierBaseRate(), check.expectedCalibrationError());
        out.printf(Locale.ROOT, "%-28s %10s %14s %14s%n", "band", "share", "later harmed", "× average");
        for (CalibrationCheck.BandShare band : check.bands()) {
            out.printf(Locale.ROOT, "%-28s %9.1f%% %13.1f%% %14.1f%n", band.label(), 100 * band.share(),
                    100 * band.observedRate(), band.timesAverage());
        }
    }

    private void line(BackTest.Window row, String name, double[] shares) {
        out.printf(Locale.ROOT, "%-8s %-8d %-24s", row.windowDays() + " d", row.victims(), name);
        for (int t = 0; t < shares.length; t++) {
            double percent = name.startsWith("random") ? shares[t] : 100 * shares[t];
            out.printf(Locale.ROOT, " %7.1f%%", percent);
        }
        out.println();
    }

    private void fit(LocalDate to) {
        long started = System.nanoTime();
        HawkesFit.Fit fit = risk.fit(to);
        RiskParameters configured = risk.parameters();
        out.printf(Locale.ROOT, "Hawkes fit (EM) on %d victimisations of %d people, %s … %s: %d iterations, %.1f s%n",
                fit.victimisations(), fit.people(), fit.from(), fit.to(), fit.iterations(),
                (System.nanoTime() - started) / 1e9);
        out.printf(Locale.ROOT, "%-34s %12s %12s%n", "parameter", "fitted", "configured");
        out.printf(Locale.ROOT, "%-34s %12.1f %12.1f%n", "decay-days (mean lag)", fit.meanLagDays(),
                configured.decayDays());
        out.printf(Locale.ROOT, "%-34s %12.3f %12.3f%n", "distance-factor (per step)", fit.distanceFactor(),
                configured.distanceFactor());
        out.printf(Locale.ROOT, "%-34s %12.3f %12.3f%n", "group-factor", fit.groupFactor(), configured.groupFactor());
        out.printf(Locale.ROOT, "%-34s %12.3f %12.3f%n", "suspect-weight", fit.suspectWeight(),
                configured.suspectWeight());
        out.printf(Locale.ROOT, "%-34s %12.3f %12.3f%n", "persistence", fit.persistence(), configured.persistence());
        int hops = fit.alphas().length - 3;
        for (int c = 0; c < fit.alphas().length; c++) {
            String label = c == 0 ? "alpha, own victimisation" : c <= hops ? "alpha at " + c + " steps"
                    : c == hops + 1 ? "alpha via a shared group" : "alpha, own suspicion";
            out.printf(Locale.ROOT, "%-34s %12.5f%n", label, fit.alphas()[c]);
        }
        out.printf(Locale.ROOT, "%-34s %12.2e%n", "background per person per day", fit.background());
        out.printf(Locale.ROOT, "%-34s %11.1f%%%n", "victimisations triggered", 100 * fit.triggeredShare());
        out.printf(Locale.ROOT, "%-34s %12.1f (background only: %.1f)%n", "log-likelihood", fit.logLikelihood(),
                fit.backgroundOnly());
        out.println("To use the fit: --contextmap.risk.decay-days=" + Math.round(fit.meanLagDays())
                + String.format(Locale.ROOT, " --contextmap.risk.distance-factor=%.3f --contextmap.risk.group-factor=%.3f"
                        + " --contextmap.risk.suspect-weight=%.3f --contextmap.risk.persistence=%.3f",
                        fit.distanceFactor(), fit.groupFactor(), fit.suspectWeight(), fit.persistence()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
