package org.contextmap.risk;

import java.util.stream.IntStream;
import org.contextmap.base.Precompute;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ahead of the first request: reads the harm history, fits and calibrates the model, scores today
 * and explains the first {@value #EXPLAINED} of the ranking, so that the ranked list a screen asks
 * for first is served from memory (docs/performance.md).
 */
@Component
@Order(2)
class RiskWarmUp implements Precompute {

    static final int EXPLAINED = 1_000;

    private final RiskScores scores;

    RiskWarmUp(RiskScores scores) {
        this.scores = scores;
    }

    @Override
    public String what() {
        return "today's retaliation risk";
    }

    @Override
    public void run() {
        RiskScores.Day day = scores.refreshToday().day();
        IntStream.range(0, Math.min(EXPLAINED, day.order().length)).parallel().forEach(r -> day.lines(day.order()[r]));
    }
}
