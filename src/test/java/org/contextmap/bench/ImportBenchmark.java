package org.contextmap.bench;

import static org.contextmap.bench.Figures.mib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.contextmap.ContextMapApplication;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.exchange.CsvBundleWriter;
import org.contextmap.exchange.ImportReport;

/**
 * How fast a CSV bundle imports into the embedded database, and with how much heap.
 *
 * <p>Generates a demo city of the given size, writes it as a CSV bundle, then imports it with
 * the application's own importer (read, validate, write in one transaction) into a fresh
 * embedded Neo4j, and imports it again (nothing changes the second time). Prints rows per second
 * and the peak heap of the whole process, Neo4j included. Run it with
 * {@code ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.people=20000} (see README).
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path folder = Files.createTempDirectory("contextmap-bench-bundle");
        long started = System.nanoTime();
        var bundle = DemoCityGenerator.generate(DemoCitySpec.of(people, LocalDate.of(2026, 11, 1)));
        long generated = System.nanoTime();
        CsvBundleWriter.writeFolder(bundle, folder);
        bundle = null;
        long bytes;
        try (Stream<Path> files = Files.list(folder)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("%nContextMap import benchmark: %,d young people, Java %s, %d cores, max heap %s%n", people,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), mib(HeapWatcher.maxHeap()));
        System.out.printf("generated the city in %.1f s and wrote %s of CSV%n",
                (generated - started) / 1e9, mib(bytes));

        try {
            measure(folder, "cold: a fresh database in a fresh JVM", true);
            measure(folder, "warm: a second fresh database in the same JVM", false);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Imports the bundle into a new embedded database, then again, and prints what it took. */
    private static void measure(Path folder, String title, boolean printCounts) throws InterruptedException {
        try (var context = ContextMapApplication.withoutWeb().run("--contextmap.store-temporary=true",
                "--contextmap.demo=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            var importer = context.getBean(BundleImporter.class);
            ImportReport first;
            long peak;
            try (var heap = new HeapWatcher()) {
                first = importer.importFolder(folder, false);
                peak = heap.sampledPeak();
            }
            long poolPeaks = HeapWatcher.poolPeaks();
            if (first.status() != ImportReport.Status.IMPORTED) {
                first.errors().forEach(System.out::println);
                throw new IllegalStateException("the generated bundle was not imported: " + first.status());
            }
            ImportReport again = importer.importFolder(folder, false);
            if (printCounts) {
                System.out.println();
                first.counts().forEach((file, rows) -> System.out.printf("  %-24s %,10d rows%n", file, rows));
            }
            System.out.printf("%n%s%n", title);
            System.out.printf("  %-30s %,10d rows in %6.2f s = %,8d rows/s (of which read and validate %.2f s)%n",
                    "import into the empty database", first.rows(), first.durationMillis() / 1000.0,
                    first.rowsPerSecond(), first.checkMillis() / 1000.0);
            System.out.printf("  %-30s %,10d rows in %6.2f s = %,8d rows/s (nodes created %d, relationships created %d)%n",
                    "the same bundle again", again.rows(), again.durationMillis() / 1000.0, again.rowsPerSecond(),
                    again.changes().nodesCreated(), again.changes().relationshipsCreated());
            System.out.printf("  %-30s %s sampled, %s upper bound (sum of pool peaks), of %s max%n",
                    "peak heap during the import", mib(peak), mib(poolPeaks), mib(HeapWatcher.maxHeap()));
        }
    }

}
