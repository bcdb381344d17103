package org.contextmap.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The rate ratio and its log-method interval against values worked out by hand. */
class RateRatioTest {

    private static final double CLOSE = 0.0005;

    @Test
    void aGroupTwiceAsOftenWithTheOutcomeAsTheOthers() {
        // 10 of 20 against 10 of 80: RR = 0.5 / 0.125 = 4;
        // SE = sqrt(1/10 − 1/20 + 1/10 − 1/80) = sqrt(0.1375) = 0.37081;
        // exp(ln 4 ± 1.96 × 0.37081) = exp(1.386294 ± 0.726788) = 1.93384 … 8.27370
        RateRatio r = RateRatio.of(10, 20, 10, 80);
        assertThat(r.rate()).isEqualTo(0.5);
        assertThat(r.otherRate()).isEqualTo(0.125);
        assertThat(r.ratio()).isCloseTo(4.0, within(CLOSE));
        assertThat(r.lower()).isCloseTo(1.934, within(CLOSE));
        assertThat(r.upper()).isCloseTo(8.274, within(CLOSE));
        assertThat(r.corrected()).isFalse();
        assertThat(r.overRepresented()).isTrue();
    }

    @Test
    void aSmallGroupWhoseIntervalStillLiesAboveOne() {
        // 4 of 6 against 2 of 14: RR = (4/6) / (2/14) = 4.6667;
        // SE = sqrt(1/4 − 1/6 + 1/2 − 1/14) = sqrt(0.511905) = 0.715475;
        // exp(1.540445 ± 1.402331) = 1.148 … 18.968
        RateRatio r = RateRatio.of(4, 6, 2, 14);
        assertThat(r.ratio()).isCloseTo(4.667, within(CLOSE));
        assertThat(r.lower()).isCloseTo(1.148, within(CLOSE));
        assertThat(r.upper()).isCloseTo(18.968, within(CLOSE));
        assertThat(r.overRepresented()).isTrue();
    }

    @Test
    void aZeroCountIsCorrectedByAHalfInEveryCell() {
        // 0 of 10 against 5 of 50: cells + 0.5 → 0.5 of 11 against 5.5 of 51;
        // RR = (0.5/11) / (5.5/51) = 0.421488; SE = sqrt(1/0.5 − 1/11 + 1/5.5 − 1/51) = sqrt(2.071302) = 1.439202;
        // exp(ln 0.421488 ± 2.820836) = 0.025102 … 7.077143
        RateRatio r = RateRatio.of(0, 10, 5, 50);
        assertThat(r.rate()).isZero();
        assertThat(r.otherRate()).isEqualTo(0.1);
        assertThat(r.corrected()).isTrue();
        assertThat(r.ratio()).isCloseTo(0.421, within(CLOSE));
        assertThat(r.lower()).isCloseTo(0.025, within(CLOSE));
        assertThat(r.upper()).isCloseTo(7.077, within(CLOSE));
        assertThat(r.overRepresented()).isFalse();
        // everyone in the group and nobody else: 3.5 of 4 against 0.5 of 6, RR = 10.5, but the interval
        // (0.720 … 153.079) still holds 1
        RateRatio all = RateRatio.of(3, 3, 0, 5);
        assertThat(all.ratio()).isCloseTo(10.5, within(CLOSE));
        assertThat(all.lower()).isCloseTo(0.720, within(CLOSE));
        assertThat(all.overRepresented()).isFalse();
    }

    @Test
    void noRatioWithoutAnyoneOnOneSide() {
        RateRatio empty = RateRatio.of(0, 0, 3, 10);
        assertThat(empty.ratio()).isNull();
        assertThat(empty.lower()).isNull();
        assertThat(empty.overRepresented()).isFalse();
        assertThat(RateRatio.of(2, 5, 0, 0).ratio()).isNull();
        assertThatThrownBy(() -> RateRatio.of(6, 5, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
