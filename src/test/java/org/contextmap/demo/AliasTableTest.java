package org.contextmap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AliasTableTest {

    @Test
    void drawsInProportionToWeights() {
        AliasTable table = new AliasTable(new int[] {10, 20, 30, 40}, new double[] {1, 0, 3, 6});
        SplittableRandom random = new SplittableRandom(42);
        int[] counts = new int[41];
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            counts[table.sample(random)]++;
        }
        assertThat(counts[20]).isZero();
        assertThat(counts[10] / (double) draws).isCloseTo(0.1, offset(0.01));
        assertThat(counts[30] / (double) draws).isCloseTo(0.3, offset(0.01));
        assertThat(counts[40] / (double) draws).isCloseTo(0.6, offset(0.01));
    }

    @Test
    void anAllZeroTableIsEmpty() {
        assertThat(new AliasTable(new double[] {0, 0}).isEmpty()).isTrue();
    }
}
