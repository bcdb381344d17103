package org.contextmap.bench;

import static org.contextmap.bench.Figures.mib;
import static org.contextmap.bench.Figures.seconds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.contextmap.ContextMapApplication;
import org.contextmap.audit.AuditTrail;
import org.contextmap.backup.BackupReport;
import org.contextmap.backup.BackupService;
import org.contextmap.backup.RestoreReport;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.FullDump;
import org.neo4j.driver.Driver;

/**
 * What backup and restore take on a demo city: the city is imported into a fresh embedded store,
 * backed up (timed, with the file's size), and restored into a second fresh store (timed); then a
 * full dump of each ({@link FullDump}: every node and relationship with typed properties, the
 * audit chain and users included) is compared, and the restored audit chain verified (timed: an
 * administrator's recovery runs it). Run it with (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.BackupBenchmark \
 *     -Dbenchmark.people=20000 -Dbenchmark.heap=3g
 * </pre>
 */
public final class BackupBenchmark {

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path folder = Files.createTempDirectory("contextmap-backup-bench");
        Path file = folder.resolve("city.cmbackup");
        System.out.printf("%nContextMap backup benchmark: %,d young people, Java %s, %d cores, max heap %s%n", people,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), mib(HeapWatcher.maxHeap()));
        try {
            String original;
            BackupReport backup;
            try (var context = start()) {
                long started = System.nanoTime();
                var importer = context.getBean(BundleImporter.class);
                importer.importBundle(DemoCityGenerator.generate(DemoCitySpec.of(people, LocalDate.of(2026, 11, 1))),
                        "benchmark");
                System.out.printf("generated and imported the city in %s%n", seconds(System.nanoTime() - started));
                try (var heap = new HeapWatcher()) {
                    backup = context.getBean(BackupService.class).backUp(file);
                    System.out.printf("%n%-34s %s: %,d nodes, %,d relationships, %s file (peak heap %s sampled)%n",
                            "backup (while nothing else runs)", seconds(backup.millis() * 1_000_000L), backup.nodes(),
                            backup.relationships(), mib(backup.bytes()), mib(heap.sampledPeak()));
                }
                original = digest(new FullDump(context.getBean(Driver.class)).dump());
            }
            try (var context = start()) {
                RestoreReport restore;
                try (var heap = new HeapWatcher()) {
                    restore = context.getBean(BackupService.class).restore(file);
                    System.out.printf("%-34s %s: %,d nodes, %,d relationships, %d left out (peak heap %s sampled)%n",
                            "restore into an empty store", seconds(restore.millis() * 1_000_000L), restore.nodes(),
                            restore.relationships(), restore.skipped(), mib(heap.sampledPeak()));
                }
                long verifying = System.nanoTime();
                var verification = context.getBean(AuditTrail.class).verify();
                System.out.printf("%-34s %s: %s, %,d entries%n", "audit chain verified after restore",
                        seconds(System.nanoTime() - verifying), verification.verified() ? "intact" : "BROKEN "
                                + verification.reason(), verification.entries());
                String restored = digest(new FullDump(context.getBean(Driver.class)).dump());
                System.out.printf("%-34s %s (SHA-256 of the sorted dump %s)%n", "full dump after restore",
                        restored.equals(original) ? "EQUAL to the original" : "DIFFERENT from the original",
                        restored.substring(0, 16));
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static org.springframework.context.ConfigurableApplicationContext start() {
        long started = System.nanoTime();
        var context = ContextMapApplication.withoutWeb().run("--contextmap.store-temporary=true",
                "--contextmap.demo=false", "--contextmap.demo-accounts=false", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--contextmap.page-cache=1g");
        System.out.printf("started the application on a fresh store in %s%n", seconds(System.nanoTime() - started));
        return context;
    }

    private static String digest(List<String> lines) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        System.out.printf("  (dumped %,d lines)%n", lines.size());
        return HexFormat.of().formatHex(sha.digest());
    }
}
