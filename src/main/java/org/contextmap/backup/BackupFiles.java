package org.contextmap.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.contextmap.database.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The backup directory: where the application's own backups go, what they are called
 * ({@code contextmap-20261207-030000-000.cmbackup}, in UTC, so that names sort by time) and how
 * many are kept. Only files named so are ever deleted, so an administrator's own files in the
 * directory are safe.
 */
@Component
class BackupFiles {

    static final String SUFFIX = ".cmbackup";
    private static final Pattern OURS = Pattern.compile("contextmap-\\d{8}-\\d{6}-\\d{3}\\.cmbackup");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(BackupFiles.class);

    private final Path directory;
    private final int keep;

    BackupFiles(BackupSettings settings, StoreProperties store) throws IOException {
        this.keep = settings.keep();
        if (settings.directory() != null && !settings.directory().toString().isBlank()) {
            this.directory = settings.directory().toAbsolutePath();
        } else if (store.storeTemporary()) {
            this.directory = Files.createTempDirectory("contextmap-backups");
        } else {
            this.directory = store.storeDirectory().getParent().resolve("backups");
        }
    }

    Path directory() {
        return directory;
    }

    /** A new file's name for a backup taken at {@code at}. */
    Path next(Instant at) {
        return directory.resolve("contextmap-" + NAME.format(at) + SUFFIX);
    }

    /** Deletes all but the {@code keep} newest backup files of the directory (0 keeps all); the names deleted. */
    List<String> prune() {
        return prune(directory, keep);
    }

    static List<String> prune(Path directory, int keep) {
        if (keep <= 0 || !Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> names;
        try (Stream<Path> files = Files.list(directory)) {
            names = files.map(file -> file.getFileName().toString()).filter(name -> OURS.matcher(name).matches())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> deleted = new ArrayList<>();
        for (String name : names.subList(0, Math.max(0, names.size() - keep))) {
            try {
                Files.deleteIfExists(directory.resolve(name));
                deleted.add(name);
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}: {}", name, e.getMessage());
            }
        }
        return deleted;
    }
}
