package org.contextmap.retention;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.contextmap.base.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --retention-run[=DATE]}: erases what is past its retention period on the day (default
 * today), prints the counts per kind and exits with 0 (2 on a bad date or a failure, when nothing
 * was erased). {@code --retention-run --dry-run} prints what would go and writes nothing.
 */
@Component
@Order(StartupOrder.RUN_COMMAND)
@ConditionalOnExpression("'${retention-run:__none__}' != '__none__'")
public class RetentionCommand implements ApplicationRunner, ExitCodeGenerator {

    private final RetentionService retention;
    private final PrintStream out = System.out;
    private int exitCode;

    RetentionCommand(RetentionService retention) {
        this.retention = retention;
    }

    /** True when the command line asks for a retention run rather than the web application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals("--retention-run") || arg.startsWith("--retention-run="));
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            List<String> values = args.getOptionValues("retention-run");
            LocalDate asOf = values == null || values.isEmpty() || values.getFirst().isBlank() ? null
                    : LocalDate.parse(values.getFirst().strip());
            RetentionReport report = args.containsOption("dry-run") ? retention.preview(asOf) : retention.run(asOf);
            print(report);
        } catch (DateTimeParseException e) {
            out.println("Not a date (use 2026-03-01): " + e.getParsedString());
            exitCode = 2;
        } catch (RuntimeException e) {
            out.println("Retention failed; nothing was erased: " + e.getMessage());
            exitCode = 2;
        }
    }

    private void print(RetentionReport report) {
        out.println((report.dryRun() ? "Retention on " + report.asOf() + " would remove (dry run, nothing written):"
                : "Retention on " + report.asOf() + " removed:"));
        report.removed().forEach((kind, count) -> out.printf("  %-24s %,d%n", kind, count));
        out.printf("  %-24s %,d (kept as history, no longer counted)%n", "staleAssociations", report.staleAssociations());
        if (report.undatedPeople() > 0) {
            out.printf("  %,d young people have no date of birth: retention cannot age them; check them by hand.%n",
                    report.undatedPeople());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
