package org.contextmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The short variant of the load run ({@link LoadBenchmark}, docs/performance.md "Many people at
 * once"): 8 signed-in users of six roles for a minute on a small demo city, with an import every
 * 15 seconds. Nothing may fail, every acknowledged write must be found afterwards, and no reader may
 * see an import half-written. It times nothing: the figures are the benchmark's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"contextmap.store-temporary=true", "contextmap.demo=true", "contextmap.demo-people=200"})
class LoadSmokeTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eightUsersForAMinuteWithImportsLoseNothing() throws Exception {
        LoadBenchmark.awaitReady(context);
        LoadResults results = new LoadHarness(LoadBenchmark.base(context), LoadBenchmark.decisionsFound(context))
                .run(LoadPlan.of(8, Duration.ofSeconds(60)).importingEvery(Duration.ofSeconds(15)));
        results.print(System.out);
        assertThat(results.errorSamples()).isEmpty();
        assertThat(results.errors()).isZero();
        assertThat(results.importsAcknowledged()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(results.decisionsAcknowledged()).isNotEmpty();
        assertThat(results.lostWrites()).isZero();
        assertThat(results.halfWrittenSightings()).isZero();
        assertThat(results.requests()).isPositive();
    }
}
