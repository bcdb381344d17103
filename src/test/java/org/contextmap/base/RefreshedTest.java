package org.contextmap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A value one import behind is served while the new one is computed, and only then. */
class RefreshedTest {

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void withoutBackgroundWorkTheReaderComputesTheNewValueAndWaitsForIt() {
        Refreshed<String> value = new Refreshed<>("a test value", version::get,
                (previous, at) -> "v" + at + " after " + previous + " #" + computed.incrementAndGet(),
                new BackgroundWork(false));

        assertThat(value.get()).isEqualTo(new Refreshed.Ready<>("v1 after null #1", 1, true));
        assertThat(value.get().value()).isEqualTo("v1 after null #1");
        version.set(2);
        Refreshed.Ready<String> next = value.get();
        assertThat(next.value()).isEqualTo("v2 after v1 after null #1 #2");
        assertThat(next.current()).isTrue();
        assertThat(next.note()).isNull();
        assertThat(computed).hasValue(2);
    }

    @Test
    void withBackgroundWorkReadersGetThePreviousValueMarkedBehindUntilTheNewOneIsDone() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Refreshed<Long> value = new Refreshed<>("a test value", version::get, (previous, at) -> {
            computed.incrementAndGet();
            if (previous != null) {
                started.countDown();
                await(release);
            }
            return at;
        }, new BackgroundWork(true));

        assertThat(value.get()).isEqualTo(new Refreshed.Ready<>(1L, 1, true)); // the first read computes
        version.set(2);
        Refreshed.Ready<Long> behind = value.get();
        assertThat(behind).isEqualTo(new Refreshed.Ready<>(1L, 1, false));
        assertThat(behind.note()).isEqualTo(Refreshed.BEHIND);
        assertThat(started.await(60, TimeUnit.SECONDS)).as("the update runs in the background").isTrue();
        for (int i = 0; i < 50; i++) { // readers while it runs: served at once, no second update queued
            assertThat(value.get()).isEqualTo(new Refreshed.Ready<>(1L, 1, false));
        }
        release.countDown();
        Refreshed.Ready<Long> done = value.refresh(); // waits for the background update, computes nothing more
        assertThat(done).isEqualTo(new Refreshed.Ready<>(2L, 2, true));
        assertThat(value.get()).isEqualTo(done);
        assertThat(computed).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
