package org.contextmap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NameScrubberTest {

    private final NameScrubber scrubber = new NameScrubber(Map.of("Amira Hassan", "YP-AAAA2222",
            "Amira", "YP-BBBB3333", "Kai \"KJ\" Johnson", "YP-CCCC4444"));

    @Test
    void namesWithQuotesAreFoundToo() {
        assertThat(scrubber.scrub("Kai \"KJ\" Johnson was a suspect")).isEqualTo("YP-CCCC4444 was a suspect");
    }

    @Test
    void replacesWholeNamesLongestFirstAndLeavesTheRest() {
        assertThat(scrubber.scrub("Amira Hassan and Amira were harmed; Amiras is a word, Hassan alone is not a name here."))
                .isEqualTo("YP-AAAA2222 and YP-BBBB3333 were harmed; Amiras is a word, Hassan alone is not a name here.");
    }

    @Test
    void findsAPossessive() {
        assertThat(scrubber.scrub("suspect: Kai, Amira's friend; Amira Hassan's brother"))
                .isEqualTo("suspect: Kai, YP-BBBB3333's friend; YP-AAAA2222's brother");
    }

    @Test
    void findsNamesAtTheEdgesAndBesidePunctuation() {
        assertThat(scrubber.scrub("Amira Hassan.")).isEqualTo("YP-AAAA2222.");
        assertThat(scrubber.scrub("(Amira)")).isEqualTo("(YP-BBBB3333)");
        assertThat(scrubber.scrub(null)).isNull();
        assertThat(new NameScrubber(Map.of()).scrub("Amira")).isEqualTo("Amira");
    }
}
