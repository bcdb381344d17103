package org.contextmap.risk;

import java.util.stream.IntStream;
import org.contextmap.base.BackgroundWork;
import org.contextmap.network.snapshot.SnapshotsCaughtUp;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start and after every import, off the request path: reads the harm history, fits and calibrates the model,
 * scores today and explains the first {@value #EXPLAINED} of the ranking, so that the ranked list a
 * screen asks for first is served from memory (docs/performance.md).
 */
@Component
class RiskWarmUp {

    static final int EXPLAINED = 1_000;

    private final RiskScores scores;
    private final BackgroundWork background;

    RiskWarmUp(RiskScores scores, BackgroundWork background) {
        this.scores = scores;
        this.background = background;
    }

    /** On a start with data already in the store. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        on(null);
    }

    /** After every import. */
    @EventListener
    void on(SnapshotsCaughtUp caughtUp) {
        background.submit("today's retaliation risk", () -> {
            scores.calibration();
            RiskScores.Day day = scores.day(null);
            IntStream.range(0, Math.min(EXPLAINED, day.order().length)).parallel()
                    .forEach(r -> day.lines(day.order()[r]));
        });
    }
}
