package org.contextmap.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be opened stops start-up with a sentence saying why and what to do, printed
 * by Spring Boot's failure analysis, and no stack trace: a second instance on a store that a
 * running instance holds, a store directory that cannot be created, and one that is read-only.
 */
class StoreUnavailableTest {

    @TempDir
    Path work;

    @Test
    void aSecondInstanceOnAStoreInUseSaysSoAndExits() {
        Path store = work.resolve("store");
        try (AppProcess first = AppProcess.start(store, work.resolve("first.log"), "512m")) {
            first.awaitReady(Duration.ofMinutes(30));
            try (AppProcess second = AppProcess.start(store, work.resolve("second.log"), "512m")) {
                assertThat(second.awaitExit(Duration.ofMinutes(30))).isNotZero();
                assertThat(second.log())
                        .contains("APPLICATION FAILED TO START")
                        .contains("The database in " + store + " is in use by another process (another ContextMap?).")
                        .contains("Stop the other process, or start this one with --contextmap.store=");
                assertNoStackTrace(second.log());
            }
            assertThat(first.alive()).as("the running instance carries on").isTrue();
        }
    }

    @Test
    void aStoreDirectoryThatCannotBeCreatedSaysSoAndExits() throws Exception {
        Path file = Files.writeString(work.resolve("a-file"), "not a directory");
        Path store = file.resolve("store");

        try (AppProcess app = AppProcess.start(store, work.resolve("app.log"), "512m")) {
            assertThat(app.awaitExit(Duration.ofMinutes(30))).isNotZero();
            assertThat(app.log())
                    .contains("The database directory " + store + " cannot be created or written")
                    .contains("Give the user that runs ContextMap write access to " + store);
            assertNoStackTrace(app.log());
        }
    }

    @Test
    void aReadOnlyStoreDirectorySaysSoAndExits() throws Exception {
        Path store = Files.createDirectories(work.resolve("store"));
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (as in some containers) writes whatever the permissions say: nothing to test there
            assumeFalse(Files.isWritable(store), "the tests run as root, whom permissions do not stop");
            try (AppProcess app = AppProcess.start(store, work.resolve("app.log"), "512m")) {
                assertThat(app.awaitExit(Duration.ofMinutes(30))).isNotZero();
                assertThat(app.log()).contains("The database directory " + store + " cannot be created or written");
                assertNoStackTrace(app.log());
            }
        } finally {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void assertNoStackTrace(String log) {
        assertThat(log).doesNotContainPattern("(?m)^\\s+at [a-z]+\\.").doesNotContain("Exception in thread")
                .doesNotContain("Caused by:");
    }
}
