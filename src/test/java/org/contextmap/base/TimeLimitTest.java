package org.contextmap.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The analytics time limit: a late answer becomes a sentence, the work itself goes on, the caller's context goes with it. */
class TimeLimitTest {

    @Test
    void workNotDoneWithinTheLimitIsRefusedWithASentenceAndFinishesInTheBackground() throws Exception {
        TimeLimit limit = new TimeLimit(Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);

        assertThatThrownBy(() -> limit.within("the clusters", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
            done.countDown();
            return "clusters";
        })).isInstanceOf(TooSlowException.class)
                .hasMessageStartingWith("Working out the clusters took longer than its limit of 50 ms.");

        release.countDown();
        assertThat(done.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(finished).isTrue();
        limit.destroy();
    }

    @Test
    void theWorkSeesTheCallersSignInAndLogContextAndItsFailuresReachTheCaller() {
        TimeLimit limit = new TimeLimit(Duration.ofMinutes(1));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("worker", null));
        MDC.put("requestId", "abc123");
        try {
            assertThat(limit.within("a test", () -> SecurityContextHolder.getContext().getAuthentication().getName()
                    + "/" + MDC.get("requestId"))).isEqualTo("worker/abc123");
            assertThatThrownBy(() -> limit.within("a test", () -> {
                throw new BadRequestException("no such day");
            })).isInstanceOf(BadRequestException.class).hasMessage("no such day");
        } finally {
            SecurityContextHolder.clearContext();
            MDC.clear();
            limit.destroy();
        }
    }

    @Test
    void aLimitOfZeroRunsTheWorkOnTheCallersThread() {
        TimeLimit limit = new TimeLimit(Duration.ZERO);
        Thread caller = Thread.currentThread();
        assertThat(limit.within("a test", () -> Thread.currentThread() == caller)).isTrue();
    }
}
