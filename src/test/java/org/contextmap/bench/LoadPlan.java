package org.contextmap.bench;

import java.time.Duration;

/**
 * What a load run does: how many virtual users, for how long, the think time between one user's
 * requests (uniform between the bounds), and how often an administrator imports a small bundle.
 */
public record LoadPlan(int users, Duration duration, int thinkMinMillis, int thinkMaxMillis, Duration importEvery) {

    /** The documented mix: think 1–3 s, an import every minute. */
    public static LoadPlan of(int users, Duration duration) {
        return new LoadPlan(users, duration, 1_000, 3_000, Duration.ofMinutes(1));
    }

    public LoadPlan importingEvery(Duration every) {
        return new LoadPlan(users, duration, thinkMinMillis, thinkMaxMillis, every);
    }
}
