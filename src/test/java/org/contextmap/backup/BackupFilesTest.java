package org.contextmap.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.contextmap.database.StoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily job keeps the newest backups and deletes only its own older files. */
class BackupFilesTest {

    @TempDir
    Path directory;

    @Test
    void keepsTheNewestAndDeletesOnlyItsOwnOlderFiles() throws Exception {
        BackupFiles files = new BackupFiles(new BackupSettings(directory, 3, "-"),
                new StoreProperties(null, true, null));
        Instant day = Instant.parse("2026-12-01T03:00:00Z");
        for (int i = 0; i < 5; i++) {
            Files.writeString(files.next(day.plusSeconds(86_400L * i)), "backup " + i);
        }
        Files.writeString(directory.resolve("the administrator's notes.txt"), "keep me");
        Files.writeString(directory.resolve("contextmap-20261130-030000-000.cmbackup.partial"), "unfinished");

        List<String> deleted = files.prune();

        assertThat(deleted).containsExactly("contextmap-20261201-030000-000.cmbackup",
                "contextmap-20261202-030000-000.cmbackup");
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left.map(file -> file.getFileName().toString()).sorted()).containsExactly(
                    "contextmap-20261130-030000-000.cmbackup.partial",
                    "contextmap-20261203-030000-000.cmbackup", "contextmap-20261204-030000-000.cmbackup",
                    "contextmap-20261205-030000-000.cmbackup", "the administrator's notes.txt");
        }
    }

    @Test
    void keepZeroKeepsEverythingAndTheDefaultDirectoryIsBesideTheStore() throws Exception {
        Files.writeString(directory.resolve("contextmap-20261201-030000-000.cmbackup"), "old");
        assertThat(BackupFiles.prune(directory, 0)).isEmpty();
        BackupFiles besideTheStore = new BackupFiles(new BackupSettings(null, 7, null),
                new StoreProperties(directory.resolve("neo4j"), false, null));
        assertThat(besideTheStore.directory()).isEqualTo(directory.resolve("backups"));
    }
}
