package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.contextmap.ContextMapApplication;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar contextmap.jar --import=DIR}: a real process on a real store, as a script
 * would run it, checking exit codes and what is printed.
 */
class ImportCommandTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, String output) {
    }

    private Run contextMap(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                // a short-lived command starts faster on the first compiler tier alone, as spring-boot:run runs it
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ContextMapApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the command finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void importsAValidBundleRefusesABadOneAndChangesNothingTheSecondTime() throws Exception {
        Path store = folder.resolve("store");
        Path good = TestBundles.valid().writeTo(folder.resolve("good"));
        Path bad = TestBundles.valid().replace("incidents.csv", "KNIFE,P1", "KNIVES,P1").writeTo(folder.resolve("bad"));

        Run first = contextMap("--import=" + good, "--contextmap.store=" + store, "--logging.level.root=WARN");
        Run refused = contextMap("--import=" + bad, "--contextmap.store=" + store, "--logging.level.root=WARN");
        Run again = contextMap("--import=" + good, "--contextmap.store=" + store, "--logging.level.root=WARN");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Imported 26 rows").containsPattern("young_people.csv +3\\n");
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output())
                .contains("incidents.csv:3: weapon: \"KNIVES\" is not one of NONE, KNIFE, BLADED_ARTICLE, FIREARM, OTHER")
                .contains("Bundle refused: 1 errors; nothing was written.");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("0 nodes and 0 relationships created");
    }

    @Test
    void aFolderThatDoesNotExistIsAClearError() throws Exception {
        Run run = contextMap("--import=" + folder.resolve("nowhere"), "--contextmap.store=" + folder.resolve("store"),
                "--logging.level.root=WARN");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains(folder.resolve("nowhere") + ":0: (file): not a folder");
    }
}
