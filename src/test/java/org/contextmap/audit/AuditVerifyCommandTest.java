package org.contextmap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.contextmap.ContextMapApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar contextmap.jar --audit-verify}: a real process, as a script or a cron job would run it. */
class AuditVerifyCommandTest {

    @TempDir
    Path folder;

    @Test
    void checksTheChainPrintsTheResultAndExits() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ContextMapApplication.class.getName(), "--audit-verify",
                "--contextmap.store=" + folder.resolve("store"), "--contextmap.demo=false",
                "--logging.level.root=WARN")).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the command finished").isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Audit trail verified: 0 entries, every link of the hash chain holds.");
    }
}
