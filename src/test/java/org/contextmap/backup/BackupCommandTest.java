package org.contextmap.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.contextmap.ContextMapApplication;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --backup=FILE} and {@code --restore=FILE} as an administrator runs them: real processes
 * on real stores. A store is backed up, restored into a new store whose audit chain then
 * verifies ({@code --audit-verify}), a restore into a store that holds data and one from a cut
 * file are refused with a sentence and an exit code, and the restore never lets the demo
 * accounts or the demo city in.
 */
class BackupCommandTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String output) {
    }

    private Run contextMap(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ContextMapApplication.class.getName()));
        command.addAll(List.of(args));
        command.add("--logging.level.root=WARN");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the command finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void backsUpAStoreAndRestoresItIntoANewOneWhoseAuditChainVerifies() throws Exception {
        Path store = folder.resolve("store");
        Path restored = folder.resolve("restored");
        Path file = folder.resolve("nightly.cmbackup");
        Path bundle = TestBundles.valid().writeTo(folder.resolve("bundle"));
        assertThat(contextMap("--import=" + bundle, "--contextmap.store=" + store, "--contextmap.demo=false")
                .exitCode()).isZero();

        Run backup = contextMap("--backup=" + file, "--contextmap.store=" + store);
        Run again = contextMap("--backup=" + file, "--contextmap.store=" + store);
        Run restore = contextMap("--restore=" + file, "--contextmap.store=" + restored, "--contextmap.demo=true");
        Run verify = contextMap("--audit-verify", "--contextmap.store=" + restored);
        Run twice = contextMap("--restore=" + file, "--contextmap.store=" + restored);

        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("Backup written to " + file).containsPattern("YoungPerson +3\\n")
                .containsPattern("User +10\\n");
        assertThat(again.exitCode()).as(again.output()).isEqualTo(2);
        assertThat(again.output()).contains("The backup could not be written: " + file + " already exists");
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored " + file).contains("Check it with --audit-verify.");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("Audit trail verified");
        assertThat(twice.exitCode()).as(twice.output()).isEqualTo(1);
        assertThat(twice.output()).contains("The store already holds data (")
                .contains("so nothing was restored: a backup is restored into an empty store only.");
    }

    @Test
    void aCutBackupIsRefusedAndTheNewStoreStaysEmpty() throws Exception {
        Path store = folder.resolve("store");
        Path file = folder.resolve("nightly.cmbackup");
        assertThat(contextMap("--backup=" + file, "--contextmap.store=" + store, "--contextmap.demo=false")
                .exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(folder.resolve("cut.cmbackup"), java.util.Arrays.copyOf(bytes, bytes.length - 100));

        Run refused = contextMap("--restore=" + cut, "--contextmap.store=" + folder.resolve("restored"));
        Run restore = contextMap("--restore=" + file, "--contextmap.store=" + folder.resolve("restored"));

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).contains(cut + " is damaged or incomplete: its checksum does not match its "
                + "content");
        assertThat(restore.exitCode()).as("the store was left empty: " + restore.output()).isZero();
    }
}
