package org.contextmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.contextmap.base.DiskFullException;
import org.contextmap.base.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar contextmap.jar --import=DIR} (or a {@code .zip}): imports a bundle and exits,
 * with code 0 when it was imported, 1 when it was refused (the error list is printed), 2 when it
 * could not be read at all, 3 when the database failed while writing (everything written was
 * undone) and 4 when another import was being written.
 */
@Component
@Order(StartupOrder.RUN_COMMAND)
@ConditionalOnProperty("import")
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final BundleImporter importer;
    private final PrintStream out;
    private int exitCode;

    ImportCommand(BundleImporter importer) {
        this.importer = importer;
        this.out = System.out;
    }

    /** True when the command line asks for an import rather than the web application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--import="));
    }

    @Override
    public void run(ApplicationArguments args) {
        Path path = Path.of(args.getOptionValues("import").getFirst());
        boolean dryRun = args.containsOption("dry-run");
        ImportReport report;
        try {
            if (Files.isRegularFile(path)) {
                try (InputStream in = Files.newInputStream(path)) {
                    report = importer.importZip(in, dryRun);
                }
            } else {
                report = importer.importFolder(path, dryRun);
            }
        } catch (IOException | UncheckedIOException e) {
            out.println("Cannot read " + path + ": " + e.getMessage());
            exitCode = 2;
            return;
        } catch (ImportInProgressException e) {
            out.println(e.getMessage());
            exitCode = 4;
            return;
        } catch (DiskFullException e) {
            out.println(e.getMessage());
            exitCode = 3;
            return;
        }
        print(report);
        exitCode = switch (report.status()) {
            case IMPORTED, VALID -> 0;
            case REJECTED -> 1;
            case FAILED -> 3;
        };
    }

    private void print(ImportReport report) {
        report.warnings().forEach(warning -> out.println("warning: " + warning));
        report.errors().forEach(out::println);
        if (report.errorCount() > report.errors().size()) {
            out.println("… and " + (report.errorCount() - report.errors().size()) + " more errors");
        }
        switch (report.status()) {
            case REJECTED -> out.println("Bundle refused: " + report.errorCount() + " errors; nothing was written.");
            case FAILED -> out.println("Import failed while writing; everything it had written was undone.");
            case VALID -> out.println("Bundle is valid: " + report.rows() + " rows; nothing was written (dry run).");
            case IMPORTED -> out.printf("Imported %d rows in %.1f s (%d rows/s): %d nodes and %d relationships created.%n",
                    report.rows(), report.durationMillis() / 1000.0, report.rowsPerSecond(),
                    report.changes().nodesCreated(), report.changes().relationshipsCreated());
        }
        report.counts().forEach((file, rows) -> out.printf("  %-24s %,d%n", file, rows));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
