package org.contextmap.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.contextmap.base.StartupOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar contextmap.jar --restore=FILE --contextmap.store=NEW_DIR} (or with
 * {@code NEO4J_URI} an empty external database): rebuilds an empty store from a backup and exits,
 * with code 0 when it was restored, 1 when the store already holds data (nothing is written), 2
 * when the file is missing, damaged or cut short (nothing is written) and 3 when the database
 * failed while writing (what was written is removed again, so the store is empty). The schema is
 * created first, as on every start; the demo city and the demo accounts are never made on a
 * restore ({@link #arguments}), whatever the command line says, so that the store is empty.
 */
@Component
@Order(StartupOrder.RUN_COMMAND)
@ConditionalOnProperty("restore")
public class RestoreCommand implements ApplicationRunner, ExitCodeGenerator {

    private final BackupService backups;
    private final PrintStream out;
    private int exitCode;

    @Autowired
    RestoreCommand(BackupService backups) {
        this(backups, System.out);
    }

    RestoreCommand(BackupService backups, PrintStream out) {
        this.backups = backups;
        this.out = out;
    }

    /** True when the command line asks for a restore rather than the web application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--restore="));
    }

    /** The command line of a restore: without the demo city and the demo accounts, which would fill the store. */
    public static String[] arguments(String[] args) {
        List<String> kept = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--contextmap.demo=") && !arg.startsWith("--contextmap.demo-accounts=")) {
                kept.add(arg);
            }
        }
        kept.add("--contextmap.demo=false");
        kept.add("--contextmap.demo-accounts=false");
        return kept.toArray(String[]::new);
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = Path.of(args.getOptionValues("restore").getFirst());
        RestoreReport report;
        try {
            report = backups.restore(file);
        } catch (BackupUnreadableException e) {
            out.println(e.getMessage());
            exitCode = 2;
            return;
        } catch (StoreNotEmptyException e) {
            out.println(e.getMessage());
            exitCode = 1;
            return;
        } catch (RuntimeException e) {
            out.println("The database failed while the backup was restored: " + e.getMessage()
                    + ". What had been written was removed again; the store is empty.");
            exitCode = 3;
            return;
        }
        backups.recordRestore(report);
        out.printf("Restored %s (taken %s by ContextMap %s): %,d nodes and %,d relationships in %.1f s.%n",
                report.file(), report.backedUpAt(), report.version(), report.nodes(), report.relationships(),
                report.millis() / 1000.0);
        if (report.skipped() > 0) {
            out.printf("%,d relationships were left out: an end of each was written while the backup was being "
                    + "read, after the reading had passed it.%n", report.skipped());
        }
        out.printf("The audit chain ends at entry %,d, and the restore itself is recorded after it. Check it with "
                + "--audit-verify.%n", report.auditSequence());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
