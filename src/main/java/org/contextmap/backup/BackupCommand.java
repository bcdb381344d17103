package org.contextmap.backup;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.contextmap.base.StartupOrder;
import org.contextmap.exchange.ImportInProgressException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar contextmap.jar --backup=FILE}: writes a backup of everything to FILE and exits,
 * with code 0 when it was written, 2 when the file could not be written (it exists already, or
 * the disk is full), 3 when the database failed while it was read (no file is left) and 4 when an
 * import was being written. On the embedded database this needs the application stopped (the
 * running one holds the store; use {@code POST /api/backups} or the daily job instead); on an
 * external database ({@code NEO4J_URI}) it runs beside the serving instances.
 */
@Component
@Order(StartupOrder.RUN_COMMAND)
@ConditionalOnProperty("backup")
public class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    private final BackupService backups;
    private final PrintStream out;
    private int exitCode;

    @Autowired
    BackupCommand(BackupService backups) {
        this(backups, System.out);
    }

    BackupCommand(BackupService backups, PrintStream out) {
        this.backups = backups;
        this.out = out;
    }

    /** True when the command line asks for a backup rather than the web application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--backup="));
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = Path.of(args.getOptionValues("backup").getFirst());
        try {
            BackupReport report = backups.backUp(file);
            out.printf("Backup written to %s: %,d bytes, %,d nodes and %,d relationships in %.1f s.%n", report.file(),
                    report.bytes(), report.nodes(), report.relationships(), report.millis() / 1000.0);
            out.printf("The audit chain in it ends at entry %,d. Taken at %s.%n", report.auditSequence(), report.at());
            report.labels().forEach((label, count) -> out.printf("  %-24s %,d%n", label, count));
        } catch (UncheckedIOException e) {
            out.println("The backup could not be written: " + e.getCause().getMessage() + ". No file was left.");
            exitCode = 2;
        } catch (ImportInProgressException e) {
            out.println(e.getMessage());
            exitCode = 4;
        } catch (RuntimeException e) {
            out.println("The database failed while the backup was read: " + e.getMessage() + ". No file was left.");
            exitCode = 3;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
