package org.contextmap.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Redaction of other young people in text, without the database. */
class RedactionTest {

    private static Redaction amira() {
        Map<String, String> others = new LinkedHashMap<>();
        others.put("YP2", "Yusuf Hassan");
        others.put("YP3", "Kai \"KJ\" Johnson");
        others.put("YP10", "Ali");
        return Redaction.of("YP1", "Amira Hassan", others);
    }

    @Test
    void everyOtherYoungPersonBecomesAStableReference() {
        Redaction redaction = amira();
        String ref = redaction.ref("YP2");
        assertThat(ref).matches("[0-9A-F]{4,}");
        assertThat(redaction.redact("Yusuf Hassan (YP2) and YUSUF HASSAN"))
                .isEqualTo("Another young person (ref " + ref + ") (another young person (ref " + ref
                        + ")) and another young person (ref " + ref + ")");
        assertThat(Redaction.of("YP1", "Amira Hassan", Map.of("YP2", "Yusuf Hassan")).ref("YP2")).isEqualTo(ref);
        assertThat(Redaction.of("YP9", "Someone Else", Map.of("YP2", "Yusuf Hassan")).ref("YP2"))
                .as("another child's export gives another reference").isNotEqualTo(ref);
    }

    @Test
    void theChildsOwnIdAndNameAndLongerWordsStay() {
        Redaction redaction = amira();
        assertThat(redaction.redact("Amira Hassan (YP1) met Alison at YP100 and YP10-B; Ali too"))
                .isEqualTo("Amira Hassan (YP1) met Alison at YP100 and YP10-B; another young person (ref "
                        + redaction.ref("YP10") + ") too");
        assertThat(redaction.redact("Kai \"KJ\" Johnson was there")).startsWith("Another young person (ref ")
                .doesNotContain("KJ");
    }
}
