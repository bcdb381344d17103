package org.contextmap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void keepsEachKeyOnceAndGrows() {
        LongHashSet set = new LongHashSet(4);
        SplittableRandom random = new SplittableRandom(1);
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long key = 1 + random.nextInt(5_000);
            assertThat(set.add(key)).isEqualTo(expected.add(key));
        }
        assertThat(set.size()).isEqualTo(expected.size());
        for (long key = 1; key <= 5_000; key++) {
            assertThat(set.contains(key)).isEqualTo(expected.contains(key));
        }
    }

    @Test
    void pairKeysIgnoreOrder() {
        assertThat(LongHashSet.pair(3, 9)).isEqualTo(LongHashSet.pair(9, 3)).isNotZero();
        assertThat(LongHashSet.pair(0, 1)).isNotEqualTo(LongHashSet.pair(1, 2));
    }
}
