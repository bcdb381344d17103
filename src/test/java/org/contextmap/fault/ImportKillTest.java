package org.contextmap.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short run of the {@link CrashHarness} in every build: a city of 1,000 young people, changed
 * by a bundle of about 22,000 rows posted over HTTP, and ContextMap killed with {@code SIGKILL}
 * once while it validates, twice while it writes, once right after the last batch; then one
 * alert decision killed half-way. Every restart must leave the data exactly as before the import
 * or exactly as after a clean one, never in between, and the recovery log must say what it undid.
 * The long run with 20 and more kill points is {@code bench/CrashBenchmark} (docs/performance.md).
 */
class ImportKillTest {

    @TempDir
    Path work;

    @Test
    void aKilledImportOrDecisionIsWhollyThereOrNotAtAllAfterARestart() throws Exception {
        var result = new CrashHarness(new CrashHarness.Settings(1_000, 4, 1, 18L, "1g", work, System.out)).run();

        assertThat(result.rows()).isGreaterThan(15_000);
        assertThat(result.kills()).hasSize(4);
        assertThat(result.mismatches()).as("restarts that left the data neither before nor after the import, "
                + "or lost an acknowledged write").isZero();
        assertThat(result.kills()).as("the log says what recovery found and undid").allMatch(CrashHarness.KillPoint::logComplete);
        assertThat(result.kills()).as("a kill while writing left a half-written import for the recovery to undo")
                .anyMatch(kill -> kill.found().equals("RUNNING") && kill.equalTo().equals("before"));
        assertThat(result.decisions()).singleElement().matches(CrashHarness.DecisionKill::consistent);
    }
}
